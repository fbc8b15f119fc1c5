window.YTD.direct_message_headers.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "3141592653-1029384756102938475",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1653338791083468976",
            "senderId" : "1029384756102938475",
            "recipientId" : "3141592653",
            "createdAt" : "2023-05-02T10:01:00.000Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1653338539424849699",
            "senderId" : "3141592653",
            "recipientId" : "1029384756102938475",
            "createdAt" : "2023-05-02T10:00:00.000Z"
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
            "id" : "1657083214035501699",
            "senderId" : "1188776655443322110",
            "recipientId" : "1029384756102938475",
            "createdAt" : "2023-05-12T18:00:00.000Z"
          }
        }
      ]
    }
  }
]