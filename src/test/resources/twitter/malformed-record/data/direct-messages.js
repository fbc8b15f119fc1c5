window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "3141592653-1029384756102938475",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1029384756102938475",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Third",
            "mediaUrls" : [ ],
            "senderId" : "3141592653",
            "id" : "1753720481513026275",
            "createdAt" : "2024-02-03T10:02:00.000Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "3141592653",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Second",
            "mediaUrls" : [ ],
            "senderId" : "1029384756102938475",
            "id" : "1753720229855474303",
            "createdAt" : "not-a-date",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1029384756102938475",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "First",
            "mediaUrls" : [ ],
            "senderId" : "3141592653",
            "id" : "1753719978194949624",
            "createdAt" : "2024-02-03T10:00:00.000Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  }
]