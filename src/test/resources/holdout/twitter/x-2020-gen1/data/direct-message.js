window.YTD.direct_message.part0 = [ {
  "dmConversation" : {
    "conversationId" : "3344556677-987650001122334455",
    "messages" : [ {
      "messageCreate" : {
        "recipientId" : "987650001122334455",
        "urls" : [ ],
        "text" : "Gracias doctora ya vamos en camino 🙏",
        "mediaUrls" : [ ],
        "senderId" : "3344556677",
        "id" : "1227071761372151911",
        "createdAt" : "2020-02-11T03:28:00.459Z"
      }
    }, {
      "messageCreate" : {
        "recipientId" : "3344556677",
        "urls" : [ ],
        "text" : "Vaya ahora a Labor y Parto del Hospital San Rafael, no espere a la cita. Acuéstese del lado izquierdo mientras llega y tome agua.",
        "mediaUrls" : [ ],
        "senderId" : "987650001122334455",
        "id" : "1227071257833373798",
        "createdAt" : "2020-02-11T03:26:00.406Z"
      }
    }, {
      "messageCreate" : {
        "recipientId" : "987650001122334455",
        "urls" : [ ],
        "text" : "Doctora buenas noches, tengo 32 semanas y desde la tarde no siento que el bebé se mueva mucho, y me duele la espalda baja. ¿Voy al hospital o espero a mi cita del jueves?",
        "mediaUrls" : [ ],
        "senderId" : "3344556677",
        "id" : "1227069747661635685",
        "createdAt" : "2020-02-11T03:20:00.353Z"
      }
    } ]
  }
}, {
  "dmConversation" : {
    "conversationId" : "987650001122334455-1200344556677889900",
    "messages" : [ {
      "messageCreate" : {
        "recipientId" : "987650001122334455",
        "urls" : [ ],
        "text" : "Hola doc!! soy la de los gemelos lol 😅 tengo spotting again since yesterday, is that normal a las 9 semanas? my next appt is in 2 weeks",
        "mediaUrls" : [ ],
        "senderId" : "1200344556677889900",
        "id" : "1230131170818130024",
        "createdAt" : "2020-02-19T14:05:00.512Z"
      }
    } ]
  }
}, {
  "dmConversation" : {
    "conversationId" : "987650001122334455-1188002233445566778",
    "messages" : [ {
      "messageCreate" : {
        "recipientId" : "987650001122334455",
        "urls" : [ ],
        "text" : "Hi, I had my IUD placed at your office last month and my partner says he can feel the strings. Is that normal or do I need it trimmed?",
        "mediaUrls" : [ ],
        "senderId" : "1188002233445566778",
        "id" : "1234596091534508137",
        "createdAt" : "2020-03-02T21:47:00.565Z"
      }
    } ]
  }
}, {
  "dmConversation" : {
    "conversationId" : "61230044-987650001122334455",
    "messages" : [ {
      "messageCreate" : {
        "recipientId" : "987650001122334455",
        "urls" : [ ],
        "text" : "Dra., soy Carmen Ibarra, paciente suya. Los calores de la menopausia no me dejan dormir, ¿me puede subir la dosis del estradiol o tengo que ir a consulta?",
        "mediaUrls" : [ ],
        "senderId" : "61230044",
        "id" : "1237053031153926250",
        "createdAt" : "2020-03-09T16:30:00.618Z"
      }
    } ]
  }
}, {
  "dmConversation" : {
    "conversationId" : "987650001122334455-1000200030004000500",
    "messages" : [ {
      "messageCreate" : {
        "recipientId" : "987650001122334455",
        "urls" : [ ],
        "text" : "¡Felicidades por el premio, doctora! Nos dio mucho gusto verla en las noticias 👏👏",
        "mediaUrls" : [ ],
        "senderId" : "1000200030004000500",
        "id" : "1220058550429024363",
        "createdAt" : "2020-01-22T19:00:00.671Z"
      }
    } ]
  }
}, {
  "dmConversation" : {
    "conversationId" : "987650001122334455-1011121314151617181",
    "messages" : [ {
      "messageCreate" : {
        "recipientId" : "987650001122334455",
        "urls" : [ ],
        "text" : "Hi Dr. Villanueva, I'm with Novara Women's Health. Our new progestin-only pill just got FDA approval, can I drop off samples and lunch for your staff next Tuesday?",
        "mediaUrls" : [ ],
        "senderId" : "1011121314151617181",
        "id" : "1222176254740922476",
        "createdAt" : "2020-01-28T15:15:00.724Z"
      }
    } ]
  }
} ]