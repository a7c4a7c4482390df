// The school's own contacts (police contact, board, external vertrouwenspersoon, care
// coordinator), editable; the national organisations come from resources/organisations.
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { contacts } from '@db/schema';
import { AppError, nowIso, type AppContext } from '../app-context';
import type { Contact, ContactChange } from '../contract';

export function listContacts(ctx: AppContext): Contact[] {
  return ctx.db
    .select({ id: contacts.id, role: contacts.role, name: contacts.name, organisation: contacts.organisation, phone: contacts.phone, email: contacts.email, note: contacts.note })
    .from(contacts)
    .orderBy(asc(contacts.role), asc(contacts.name))
    .all();
}

export function saveContact(ctx: AppContext, input: ContactChange): Contact[] {
  const at = nowIso(ctx);
  const values = { ...input.contact, organisation: input.contact.organisation ?? '', phone: input.contact.phone ?? '', note: input.contact.note ?? '' };
  if (input.id) {
    const found = ctx.db.select().from(contacts).where(eq(contacts.id, input.id)).get();
    if (!found) throw new AppError('not_found');
    ctx.db
      .update(contacts)
      .set({ ...values, updatedAt: at })
      .where(eq(contacts.id, input.id))
      .run();
  } else {
    ctx.db
      .insert(contacts)
      .values({ id: randomUUID(), ...values, createdAt: at, updatedAt: at })
      .run();
  }
  return listContacts(ctx);
}

export function removeContact(ctx: AppContext, id: string): Contact[] {
  ctx.db.delete(contacts).where(eq(contacts.id, id)).run();
  return listContacts(ctx);
}
