/**
 * Where to paste the snippet, per website platform, as disclosure widgets (`<details>`). Written
 * for librarians: the menu names they will see, and what to do when the editor removes code.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface PlatformContext {
  /** The snippet has a colour style block. */
  hasStyle: boolean;
  /** The element wraps other widgets (<p2pu-config>) instead of showing something itself. */
  container: boolean;
}

export interface Platform {
  id: string;
  name: string;
  body: (ctx: PlatformContext) => TemplateResult;
}

const styleNote = (ctx: PlatformContext, where: TemplateResult | string) =>
  ctx.hasStyle
    ? html`<li>If the colours do not show, the editor removed the <code>&lt;style&gt;</code> block: paste the
        CSS rule (without <code>&lt;style&gt;</code> tags) into ${where} instead.</li>`
    : nothing;

export const PLATFORMS: readonly Platform[] = [
  {
    id: 'wordpress',
    name: 'WordPress',
    body: (ctx) => html`
      <p><strong>Easier: install the learning circle widgets plugin</strong> (Plugins → Add New → Upload Plugin),
        set your team and colour in <strong>Settings → Learning circles</strong>, and add the widgets as blocks or
        shortcodes. It works for every account, and nothing needs pasting. Without it:</p>
      <ol>
        <li>Edit the page or post. Add a <strong>Custom HTML</strong> block (the <strong>+</strong> button, then
          search for &ldquo;Custom HTML&rdquo;, or type <code>/html</code> on an empty line).</li>
        <li>Paste the script line and the widget tag${ctx.hasStyle ? ' and the colours' : ''} into the block. Use
          <strong>Preview → Preview in new tab</strong> to see the widget; the editor itself shows only the
          code.</li>
        <li>Publish or update the page.</li>
        ${styleNote(ctx, html`<strong>Appearance → Customize → Additional CSS</strong> (classic themes; a block theme
          on WordPress 6.1 has no such box: use the plugin's <strong>Brand colour</strong> setting)`)}
      </ol>
      <p>Only accounts that may post unfiltered HTML (administrators, and editors on a single site; on a network
        only Super Admins; nobody on a site with <code>DISALLOW_UNFILTERED_HTML</code>) can save a
        <code>&lt;script&gt;</code> line; for other accounts WordPress silently removes it and the widget tags, while
        the block's own Preview still shows them working. Keep the link inside each tag. On
        WordPress.com this needs a plan that allows plugins. In the classic editor, use the <strong>Text</strong> tab, never
        the Visual tab (it deletes the tags): WordPress then wraps the lines in <code>&lt;p&gt;</code> and adds <code>&lt;br /&gt;</code>, which does
        no harm.</p>`,
  },
  {
    id: 'drupal',
    name: 'Drupal',
    body: (ctx) => html`
      <ol>
        <li>Edit the content and set <strong>Text format</strong> below the body to <strong>Full HTML</strong>.
          <strong>Basic HTML</strong> keeps only the tags it knows: CKEditor 5 removes
          <code>&lt;script&gt;</code> and the widget's tag there.</li>
        <li>Click <strong>Source</strong> in the editor toolbar and paste the script line and the widget
          tag${ctx.hasStyle ? ' and the colours' : ''} where the widget should appear.</li>
        <li>Save, then view the page (the editor does not run scripts).</li>
        ${styleNote(ctx, "your theme's CSS, or a CSS injector module")}
      </ol>
      <p>If your site has no Full HTML format, or it still removes the script, ask your site builder to add the
        script line to the theme or with an asset injector module, once for the whole site, and to let your text
        format keep the widget's tag; then paste only the widget tag.</p>`,
  },
  {
    id: 'squarespace',
    name: 'Squarespace',
    body: (ctx) => html`
      <ol>
        <li>Edit the page, click <strong>Add block</strong> (or the <strong>+</strong>) and choose
          <strong>Code</strong>.</li>
        <li>Keep the mode on <strong>HTML</strong> and <strong>Display source code</strong> off, paste the script
          line and the widget tag${ctx.hasStyle ? ' and the colours' : ''}, and apply.</li>
        <li>Save and open the live page: scripts do not run while you edit, so the block shows a placeholder
          there.</li>
        ${styleNote(ctx, html`<strong>Design → Custom CSS</strong>`)}
      </ol>
      <p>JavaScript in Code blocks needs a Squarespace plan that allows it (Core or higher). For several widgets,
        put the script line once in <strong>Code Injection → Header</strong> and paste only the tags into Code
        blocks.</p>`,
  },
  {
    id: 'libguides',
    name: 'LibGuides',
    body: (ctx) => html`
      <ol>
        <li>In the guide, in a box, choose <strong>Add / Reorder → Media / Widget</strong>.</li>
        <li>Give it a name and paste the script line and the widget tag${ctx.hasStyle ? ' and the colours' : ''}
          into <strong>Embed Code</strong>. Save.</li>
        <li>Or, in a <strong>Rich Text / HTML</strong> item, click <strong>Source</strong> (the
          <code>&lt;&gt;</code> button) and paste there; the rich text editor may remove the script line, so the
          Media / Widget asset is the safer choice.</li>
        ${styleNote(ctx, html`the guide's or the system's <strong>Custom JS/CSS</strong>`)}
      </ol>
      <p>LibGuides administrators can put the script line once for every guide under
        <strong>Admin → Look &amp; Feel → Custom JS/CSS</strong>; then paste only the widget tag.</p>`,
  },
  {
    id: 'google-sites',
    name: 'Google Sites',
    body: (ctx) => html`
      <ol>
        <li>In the editor, choose <strong>Insert → Embed</strong> and the <strong>Embed code</strong> tab.</li>
        <li>Paste the script line and the widget tag${ctx.hasStyle ? ' and the colours' : ''}, all in the same box
          (<strong>Copy all parts together</strong> copies them at once), click <strong>Next</strong>, then
          <strong>Insert</strong>.</li>
        <li>Drag the box's handles to give the widget room, then publish.</li>
      </ol>
      <p>Google Sites runs embedded code in a sandboxed frame on another Google address, so the widget runs inside
        that frame. It loads learning circles the same way, and each embed box needs its own script line; no
        security policy changes are needed. Signing up always opens the circle's page on P2PU (the frame's address
        is never one P2PU accepts signups from), and a relative <code>data-signup-page</code> would point into the
        frame: leave your signup page empty.</p>`,
  },
  {
    id: 'html',
    name: 'Plain HTML',
    body: (ctx) => html`
      <ol>
        <li>Put the script line in the page's <code>&lt;head&gt;</code> (once per page; a second copy does no
          harm).</li>
        <li>Put the widget tag in the <code>&lt;body&gt;</code> where the widget should appear.</li>
        ${ctx.hasStyle
          ? html`<li>Put the CSS rule in your stylesheet, or the <code>&lt;style&gt;</code> block in the
              <code>&lt;head&gt;</code>.</li>`
          : nothing}
      </ol>
      ${ctx.container
        ? html`<p>Put the tags of the widgets it should configure between its opening and closing tags.</p>`
        : nothing}`,
  },
];
