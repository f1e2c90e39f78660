/** The longest name a person gives when joining (the server refuses longer; the join page says so at the field). */
export const maxPersonNameLength = 80;
