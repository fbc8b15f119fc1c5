window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "3141592653-1029384756102938475",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "3141592653",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Got it, thanks.",
            "mediaUrls" : [ ],
            "senderId" : "1029384756102938475",
            "id" : "1769740793410948878",
            "createdAt" : "2024-03-18T15:01:00.000Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1029384756102938475",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Sending the form now.",
            "mediaUrls" : [ ],
            "senderId" : "3141592653",
            "id" : "1769740541754523609",
            "createdAt" : "2024-03-18T15:00:00.000Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  }
]