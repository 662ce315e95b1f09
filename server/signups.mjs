// Signups of the local P2PU API, kept in memory: the rules of the real SignupView (one signup per
// circle and e-mail, case-insensitive; a second one updates the first). SignupStore (store.mjs)
// adds durable storage on disk; the Storybook mock (stories/mock-api.ts) uses this one as it is,
// so this module imports nothing from Node.

/**
 * @typedef {{id:number, learning_circle:number, name:string, email:string, mobile:string,
 *   communications_opt_in:boolean, signup_questions:Record<string,string>, origin:string|null,
 *   created_at:string, updated_at:string}} Signup
 */

export class MemorySignupStore {
  constructor() {
    /** @type {Signup[]} */
    this.signups = [];
    this.nextId = 1;
    /** where the signups are kept, for the /__signups page */
    this.file = '(memory)';
  }

  /** @returns {Signup[]} */
  list() {
    return this.signups.slice();
  }

  /** Number of stored signups for a circle. */
  countFor(circleId) {
    let n = 0;
    for (const s of this.signups) if (s.learning_circle === circleId) n++;
    return n;
  }

  /**
   * Create a signup, or update the existing one with the same email (case-insensitive) for the circle,
   * as the real SignupView does. Resolves once the change is stored (on disk, for SignupStore).
   * @param {{learning_circle:number, name:string, email:string, mobile?:string, communications_opt_in:boolean,
   *   signup_questions:Record<string,string>, origin?:string|null}} input
   */
  async upsert(input) {
    const now = new Date().toISOString();
    const lower = input.email.toLowerCase();
    let signup = this.signups.find((s) => s.learning_circle === input.learning_circle && s.email.toLowerCase() === lower);
    let created = false;
    if (signup) {
      signup.name = input.name;
      signup.signup_questions = input.signup_questions;
      if (input.mobile) signup.mobile = input.mobile;
      signup.communications_opt_in = input.communications_opt_in;
      signup.updated_at = now;
    } else {
      created = true;
      signup = {
        id: this.nextId++,
        learning_circle: input.learning_circle,
        name: input.name,
        email: input.email,
        mobile: input.mobile ?? '',
        communications_opt_in: input.communications_opt_in,
        signup_questions: input.signup_questions,
        origin: input.origin ?? null,
        created_at: now,
        updated_at: now,
      };
      this.signups.push(signup);
    }
    await this.commit();
    return { created, signup };
  }

  /** Stores the current state; in memory there is nothing left to do. */
  async commit() {}

  /** Resolves when every change so far is stored. */
  async flush() {}
}
