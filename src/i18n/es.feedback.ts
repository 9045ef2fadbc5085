import { registerChorusStrings } from './localize.js';
import { plural } from './plural.js';
import { esCommon } from './es.common.js';
import type { enFeedback } from './en.feedback.js';

/* Spanish strings of <chorus-feedback-box> (en.feedback.ts). Importing this module registers them, with the shared ones. */
export const esFeedback = {
  'feedback.heading': 'Comentarios anónimos',
  'feedback.tabs': 'Comentarios',
  'feedback.tab.send': 'Enviar comentarios',
  'feedback.tab.conversations': 'Tus conversaciones',
  'feedback.tab.inbox': 'Bandeja de entrada',
  'feedback.tab.unread': (n: number) => plural('es', n, { one: '# respuesta nueva', other: '# respuestas nuevas' }),
  /** Narrow tab labels: each a part of the full one above, so what is seen is in the name. */
  'feedback.tab.send.short': 'Enviar',
  'feedback.tab.conversations.short': 'Conversaciones',
  'feedback.tab.inbox.short': 'Bandeja',

  // Why it is anonymous
  'feedback.intro': 'Comparte lo que piensas. Nadie, ni siquiera quienes lo lean, puede saber quién lo envió.',
  'feedback.how': '¿Cómo se garantiza el anonimato?',
  'feedback.how.name': 'Tu nombre, tu dirección de correo electrónico y tu cuenta no se envían con el mensaje.',
  'feedback.how.device': 'No se envía ni se guarda ninguna cookie, identificador de dispositivo ni dirección de red.',
  'feedback.how.time': 'Las horas se redondean a la hora en punto, para que no se pueda relacionar un mensaje con tu actividad.',
  'feedback.how.token': 'Recibes un código de respuesta secreto. Es la única forma de volver a la conversación: nadie puede buscarlo por ti.',

  // The form
  'feedback.category': 'Tema',
  'feedback.category.required': 'Elige un tema.',
  'feedback.category.invalid': 'Ese tema ya no está disponible. Elige otro.',
  'feedback.optional': 'opcional',
  'feedback.mood.legend': '¿Cómo te sientes al respecto?',
  'feedback.mood.1': 'Muy mal',
  'feedback.mood.2': 'Mal',
  'feedback.mood.3': 'Neutral',
  'feedback.mood.4': 'Bien',
  'feedback.mood.5': 'Muy bien',
  'feedback.enps.legend': '¿Qué probabilidad hay de que recomiendes trabajar aquí a un amigo?',
  'feedback.enps.low': 'Nada probable',
  'feedback.enps.high': 'Extremadamente probable',
  'feedback.score.clear': 'Borrar puntuación',
  'feedback.score.cleared': 'Puntuación borrada.',
  'feedback.score.invalid': 'Elige una de las puntuaciones disponibles o bórrala.',
  'feedback.message': 'Tu mensaje',
  'feedback.message.hint': (min: number) =>
    plural('es', min, {
      one: 'Cuanto más concreto, mejor: ¿qué pasó y qué ayudaría? Al menos # carácter.',
      other: 'Cuanto más concreto, mejor: ¿qué pasó y qué ayudaría? Al menos # caracteres.',
    }),
  'feedback.send': 'Enviar de forma anónima',
  'feedback.sending': 'Enviando…',
  'feedback.send.failed': 'No se enviaron tus comentarios.',
  'feedback.send.kept': 'Todo lo escrito sigue aquí.',
  'feedback.send.retry-safe': 'Todo lo escrito sigue aquí, y si vuelves a enviarlo no se enviará dos veces.',
  'feedback.send.vetoed': 'Esta página detuvo el envío. El mensaje sigue aquí.',
  'feedback.draft.restored': 'Se restauró tu borrador sin enviar.',

  // Personal details
  'feedback.details.title': 'Tu mensaje podría identificarte.',
  'feedback.details.found': (list: string) => `Parece contener ${list}.`,
  'feedback.details.advice': (n: number) => plural('es', n, { one: 'Quizá quieras quitarlo. Tú decides.', other: 'Quizá quieras quitarlos. Tú decides.' }),
  'feedback.details.email': (text: string) => `una dirección de correo electrónico (${text})`,
  'feedback.details.phone': (text: string) => `un número de teléfono (${text})`,
  'feedback.details.name': (text: string) => `tu nombre (${text})`,
  'feedback.details.colleague': (text: string) => `el nombre de un compañero (${text})`,
  'feedback.details.kind.email': 'una dirección de correo electrónico',
  'feedback.details.kind.phone': 'un número de teléfono',
  'feedback.details.kind.name': 'tu nombre',
  'feedback.details.kind.colleague': 'el nombre de un compañero',
  'feedback.details.confirm': '¿Enviarlo con estos datos? Quien lo lea podría deducir que es tuyo.',
  'feedback.details.send-anyway': 'Enviar de todos modos',
  'feedback.details.edit': 'Editar mensaje',

  // Rate limit
  'feedback.rate-limited': (time: string) =>
    `Para que este buzón sea anónimo, no sabemos quién envía cada mensaje, así que limitamos cuántos pueden llegar desde una misma red. Vuelve a intentarlo en ${time}.`,
  'feedback.rate-limited.soon': 'unos minutos',

  // Sent
  'feedback.sent.title': '¡Gracias! Se envió de forma anónima.',
  'feedback.sent.once': 'Este es tu código de respuesta. Solo se muestra esta vez.',
  'feedback.sent.after-hour': (time: string) =>
    `Los destinatarios lo verán a partir de las ${time}, cuando termine esta hora, para que su llegada no diga nada de cuándo lo escribiste.`,
  'feedback.token': 'Tu código de respuesta',
  'feedback.token.copy': 'Copiar',
  'feedback.token.copied': 'Copiado',
  'feedback.token.copy-failed': 'No se pudo copiar. El código está seleccionado: cópialo con el teclado.',
  'feedback.token.why':
    'Es la única forma de volver a esta conversación: con él puedes leer las respuestas y contestar, siempre de forma anónima. Nadie puede recuperarlo por ti.',
  'feedback.token.keep': 'Guardarlo en este dispositivo para ver si hay respuestas',
  'feedback.token.keep.hint': 'Cualquiera que use este navegador podría abrir la conversación. En un equipo compartido, mejor copia el código.',
  'feedback.token.keep.failed': 'Este navegador no permitió guardarlo. Copia el código.',
  'feedback.sent.open': 'Abrir conversación',
  'feedback.sent.more': 'Enviar más comentarios',
  'feedback.sent.recovered': 'Tu primera versión ya había llegado.',
  'feedback.sent.recovered.edit':
    'Su respuesta nunca llegó a esta página; aquí tienes su código de respuesta. Tu mensaje editado no se ha enviado: sigue en el formulario, para enviarlo también o descartarlo.',
  'feedback.sent.back-to-edit': 'Volver al mensaje editado',

  // Conversations
  'feedback.conversations.empty':
    'Aún no hay conversaciones en este dispositivo. Cuando envíes comentarios y guardes aquí su código de respuesta, la conversación aparecerá en esta lista.',
  'feedback.conversations.list': 'Conversaciones guardadas en este dispositivo',
  'feedback.conversations.load-error': 'No se pudieron cargar tus conversaciones.',
  'feedback.conversation.label': (category: string, date: string) => `${category}, enviado: ${date}`,
  'feedback.conversation.sent': (date: string) => `Enviado: ${date}`,
  'feedback.conversation.last': (when: string) => `Última actividad: ${when}`,
  'feedback.conversation.answers': (n: number) => plural('es', n, { '=0': 'Aún no hay respuestas', one: '# respuesta', other: '# respuestas' }),
  'feedback.conversation.unread': 'Respuesta nueva',
  'feedback.conversation.gone': 'Esta conversación ya no está disponible.',
  'feedback.conversation.error': 'No se pudo cargar esta conversación.',
  'feedback.conversation.forget': 'Olvidar',
  'feedback.conversation.forget.label': (category: string) => `Olvidar la conversación sobre ${category}`,
  'feedback.conversation.forget.confirm': '¿Olvidarla en este dispositivo? Sin su código de respuesta no podrás volver a abrirla.',
  'feedback.conversation.forgotten': 'Conversación olvidada en este dispositivo.',
  'feedback.paste.heading': '¿Tienes un código de respuesta? Pégalo aquí',
  'feedback.paste.label': 'Código de respuesta',
  'feedback.paste.open': 'Abrir',
  'feedback.paste.opening': 'Abriendo…',
  'feedback.paste.required': 'Primero pega tu código de respuesta.',
  'feedback.paste.not-found': 'Ninguna conversación coincide con este código de respuesta. Comprueba que lo copiaste completo.',

  // A thread
  'feedback.thread.back': 'Todas las conversaciones',
  'feedback.thread.back-inbox': 'Volver a la bandeja de entrada',
  'feedback.thread.messages': 'Mensajes',
  'feedback.thread.you': 'Tú (anónimo)',
  'feedback.thread.sender': 'Colega anónimo',
  'feedback.thread.sent': (date: string) => `Enviado: ${date}`,
  'feedback.inbox.live.new': 'Ha llegado un nuevo comentario.',
  'feedback.thread.live.message': 'Nuevo mensaje en esta conversación.',
  'feedback.thread.live.answer': 'Nueva respuesta en esta conversación.',
  'feedback.thread.mood': (label: string) => `Estado de ánimo: ${label}`,
  'feedback.thread.enps': (score: string) => `Puntuación: ${score} de 10`,
  'feedback.thread.keep': 'Guardar en este dispositivo',
  'feedback.thread.kept': 'Guardada en este dispositivo.',
  'feedback.thread.closed': 'Esta conversación está cerrada, así que ya no se pueden enviar respuestas.',
  'feedback.thread.closed-inbox': 'Esta conversación está cerrada. Vuelve a abrirla para responder.',
  'feedback.thread.loading': 'Abriendo la conversación…',
  'feedback.reply.label': 'Tu respuesta (sigue siendo anónima)',
  'feedback.reply.send': 'Enviar respuesta',
  'feedback.reply.sending': 'Enviando…',
  'feedback.reply.sent': 'Tu respuesta se envió de forma anónima.',
  'feedback.reply.failed': 'No se envió tu respuesta.',
  'feedback.reply.closed': 'Esta conversación se cerró mientras tanto, así que tu respuesta no se envió. Sigue aquí.',
  'feedback.reply.vetoed': 'Esta página detuvo el envío. Tu respuesta sigue aquí.',
  'feedback.answer.label': 'Tu respuesta',
  'feedback.answer.hint': (name: string) => `Se firma con tu nombre, ${name}. Quien envió el mensaje sigue en el anonimato.`,
  'feedback.answer.send': 'Enviar respuesta',
  'feedback.answer.sent': 'Se envió tu respuesta.',
  'feedback.answer.failed': 'No se envió tu respuesta.',
  'feedback.close': 'Cerrar conversación',
  'feedback.reopen': 'Reabrir conversación',
  'feedback.closed.done': 'Conversación cerrada.',
  'feedback.reopened.done': 'Conversación reabierta.',
  'feedback.status.failed': 'No se cambió el estado.',
  'feedback.status.vetoed': 'Esta página detuvo el cambio.',

  'feedback.status.open': 'Abierta',
  'feedback.status.answered': 'Respondida',
  'feedback.status.closed': 'Cerrada',
  'feedback.status.prefix': 'Estado:',

  // Inbox
  'feedback.inbox.summary': 'Resumen',
  'feedback.inbox.responses': (n: number) => plural('es', n, { one: '# respuesta', other: '# respuestas' }),
  'feedback.inbox.hidden': (min: number) =>
    plural('es', min, {
      one: 'Menos de # respuesta: se ocultan para proteger el anonimato',
      other: 'Menos de # respuestas: se ocultan para proteger el anonimato',
    }),
  'feedback.inbox.mood': (score: string) => `Estado de ánimo medio: ${score} de 5`,
  'feedback.inbox.enps': (score: string) => `eNPS ${score}`,
  'feedback.inbox.no-score': 'Sin puntuaciones',
  'feedback.inbox.filters': 'Filtrar la bandeja de entrada',
  'feedback.inbox.category.all': 'Todos los temas',
  'feedback.inbox.status': 'Estado',
  'feedback.inbox.status.all': 'Todos los estados',
  'feedback.inbox.list': 'Comentarios recibidos',
  'feedback.inbox.messages': (n: number) => plural('es', n, { one: '# mensaje', other: '# mensajes' }),
  'feedback.inbox.empty': 'Aún no hay comentarios.',
  'feedback.inbox.empty.filtered': 'Ningún comentario coincide con estos filtros.',
  'feedback.inbox.clear-filters': 'Borrar filtros',
  'feedback.inbox.more': 'Cargar más',
  'feedback.inbox.more.loading': 'Cargando…',
  'feedback.inbox.more.loaded': (n: number) =>
    plural('es', n, { '=0': 'No hay más comentarios.', one: 'Se cargó # conversación más.', other: 'Se cargaron # conversaciones más.' }),
  'feedback.inbox.end': 'Eso es todo.',
  'feedback.inbox.forbidden': 'Solo las personas que responden los comentarios pueden ver la bandeja de entrada.',
  'feedback.inbox.error': 'No se pudo cargar la bandeja de entrada.',

  'feedback.load-error': 'No se pudo cargar el buzón de comentarios.',
} satisfies typeof enFeedback;

registerChorusStrings(esCommon, esFeedback);
