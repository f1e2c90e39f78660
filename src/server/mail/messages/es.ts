import type { MailCatalogue } from './en.js';

/** The e-mails in Spanish (Español). */
export const es: MailCatalogue = {
  'kind.cities-workshop': 'Un taller para ciudades',
  'kind.ecosystem-mapping': 'Una sesión de mapeo de un ecosistema de datos',
  'kind.ethics-training': 'Una formación en ética de datos',
  'kind.other': 'Otra cosa',
  'kind.cities-workshop.inSentence': 'un taller para ciudades',
  'kind.ecosystem-mapping.inSentence': 'una sesión de mapeo de un ecosistema de datos',
  'kind.ethics-training.inSentence': 'una formación en ética de datos',
  'kind.other.inSentence': 'otra cosa',

  'notice.subject': 'Nueva solicitud de reserva: {kind} para {organisation}',
  'notice.asks': '{name} ({email}) solicita {kind}.',
  'notice.organisation': 'Organización: {organisation}',
  'notice.city': 'Ciudad: {city}',
  'notice.teamSize': 'Tamaño del equipo: {teamSize}',
  'notice.preferredDates': 'Fechas preferidas: {dates}',
  'notice.language': 'La solicitud está escrita en {language}; el acuse de recibo también se envió en ese idioma.',
  'notice.inbox': 'Respóndala, prográmela o cree un taller a partir de ella en la bandeja de entrada: {url}',
  'notice.reply': 'Responda a este correo para escribir a la persona que la envió.',

  'receipt.subject': 'Hemos recibido su solicitud de taller',
  'receipt.hello': 'Hola, {name}:',
  'receipt.thanks':
    'Gracias: su solicitud de {kind} para {organisation} ha llegado al equipo de facilitación de {site}. Le escribirá a esta dirección.',
  'receipt.sent': 'Lo que envió:',
  'receipt.kept':
    'Guardamos su solicitud (su nombre, su correo, su organización y lo que escribió) durante {days, plural, one {# día} other {# días}} para organizar el taller, y después la eliminamos. Si desea que se elimine antes, responda a este correo y díganoslo.',

  'retention.subject': 'Su taller «{title}» se eliminará el {date}',
  'retention.why':
    'Su taller «{title}» lleva un tiempo sin actividad. Se conserva durante {months, plural, one {# mes} other {# meses}} después de su última actividad, así que se eliminará el {date}, con sus tableros, sus notas y los nombres de las personas que se unieron.',
  'retention.keep':
    'Para conservarlo más tiempo, cambie su plazo de conservación en la página del taller o cambie algo en uno de sus tableros: cualquier actividad aplaza la fecha. Para guardar una copia, exporte lo que necesite (el informe, los mapas y los lienzos) antes de esa fecha.',
  'retention.link': 'El taller: {url}',
  'retention.id': 'El identificador del taller: {id}',
};
