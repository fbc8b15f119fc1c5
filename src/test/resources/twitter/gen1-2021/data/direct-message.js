window.YTD.direct_message.part0 = [ {
  "dmConversation" : {
    "conversationId" : "3141592653-1029384756102938475",
    "messages" : [ {
      "messageCreate" : {
        "recipientId" : "1029384756102938475",
        "reactions" : [ ],
        "urls" : [ ],
        "text" : "Ok thanks",
        "mediaUrls" : [ ],
        "senderId" : "3141592653",
        "id" : "1366327853187924790",
        "createdAt" : "2021-03-01T10:02:00.000Z"
      }
    }, {
      "messageCreate" : {
        "recipientId" : "3141592653",
        "reactions" : [ ],
        "urls" : [ ],
        "text" : "Office opens at 9",
        "mediaUrls" : [ ],
        "senderId" : "1029384756102938475",
        "id" : "1366327601529475701",
        "createdAt" : "2021-03-01T10:01:00.000Z"
      }
    }, {
      "messageCreate" : {
        "recipientId" : "1029384756102938475",
        "reactions" : [ ],
        "urls" : [ ],
        "text" : "What time do you open?",
        "mediaUrls" : [ ],
        "senderId" : "3141592653",
        "id" : "1366327349870905259",
        "createdAt" : "2021-03-01T10:00:00.000Z"
      }
    } ]
  }
}, {
  "dmConversation" : {
    "conversationId" : "1029384756102938475-1188776655443322110",
    "messages" : [ {
      "messageCreate" : {
        "recipientId" : "1029384756102938475",
        "reactions" : [ ],
        "urls" : [ ],
        "text" : "Congrats on the award!",
        "mediaUrls" : [ ],
        "senderId" : "1188776655443322110",
        "id" : "1390033556078042623",
        "createdAt" : "2021-05-05T20:00:00.000Z"
      }
    } ]
  }
} ]