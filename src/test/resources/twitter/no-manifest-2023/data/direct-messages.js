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
            "text" : "You're welcome.",
            "mediaUrls" : [ ],
            "senderId" : "1029384756102938475",
            "id" : "1653338791083468976",
            "createdAt" : "2023-05-02T10:01:00.000Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1029384756102938475",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Thanks for the book list.",
            "mediaUrls" : [ ],
            "senderId" : "3141592653",
            "id" : "1653338539424849699",
            "createdAt" : "2023-05-02T10:00:00.000Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1029384756102938475-1188776655443322110",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1029384756102938475",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Loved the talk today.",
            "mediaUrls" : [ ],
            "senderId" : "1188776655443322110",
            "id" : "1657083214035501699",
            "createdAt" : "2023-05-12T18:00:00.000Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  }
]