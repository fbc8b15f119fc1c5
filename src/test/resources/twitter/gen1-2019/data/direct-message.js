window.YTD.direct_message.part0 = [ {
  "dmConversation" : {
    "conversationId" : "3141592653-1029384756102938475",
    "messages" : [ {
      "messageCreate" : {
        "recipientId" : "1029384756102938475",
        "urls" : [ ],
        "text" : "See you then",
        "mediaUrls" : [ ],
        "senderId" : "3141592653",
        "id" : "1115948037046554762",
        "createdAt" : "2019-04-10T12:02:00.000Z"
      }
    }, {
      "messageCreate" : {
        "recipientId" : "3141592653",
        "urls" : [ ],
        "text" : "Tuesday works.",
        "mediaUrls" : [ ],
        "senderId" : "1029384756102938475",
        "id" : "1115947785387761006",
        "createdAt" : "2019-04-10T12:01:00.000Z"
      }
    }, {
      "messageCreate" : {
        "recipientId" : "1029384756102938475",
        "urls" : [ ],
        "text" : "Can we meet Tuesday?",
        "mediaUrls" : [ ],
        "senderId" : "3141592653",
        "id" : "1115947533730209365",
        "createdAt" : "2019-04-10T12:00:00.000Z"
      }
    } ]
  }
} ]