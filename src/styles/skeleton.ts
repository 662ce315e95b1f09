import { css } from 'lit';

/**
 * Loading placeholders: `.bone` is one grey bar (`.title`, `.mid`, `.short` for its width, `.image`
 * for a picture) with a sweep of light across it after the first second, still for people who ask
 * for less motion;
 * `.skeleton-card` is a finder's placeholder for one result. The bone colour is the alternate
 * surface with some border colour, so it shows on both surfaces, light or dark. Reads only the
 * `--_*` variables of hostStyles; em/px and logical properties.
 */
export const skeletonStyles = css`
  .skeleton-card {
    display: grid;
    align-content: start;
    gap: 0.6em;
    min-inline-size: 0;
    padding: var(--_space);
    border: 1px solid var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .bone {
    display: block;
    block-size: 0.9em;
    border-radius: 4px;
    /* the alternate surface, a little darker so it shows on it too; lighter where the sweep is */
    background: linear-gradient(
      90deg,
      color-mix(in srgb, var(--_border) 15%, var(--_surface-alt)) 0%,
      color-mix(in srgb, var(--_border) 4%, var(--_surface-alt)) 50%,
      color-mix(in srgb, var(--_border) 15%, var(--_surface-alt)) 100%
    );
    background-size: 200% 100%;
    /* still for the first second: most answers come sooner, and a sweep repaints every bone in every
       frame, on the main thread, while the widget's code and data are still being handled */
    animation: shimmer 1.4s ease-in-out 1s infinite backwards;
  }
  .bone.title {
    block-size: 1.3em;
    inline-size: 75%;
  }
  .bone.mid {
    inline-size: 62%;
  }
  .bone.short {
    inline-size: 45%;
  }
  .bone.image {
    block-size: 7em;
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
`;
