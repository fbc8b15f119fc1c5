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
            "text" : "Thanks!",
            "mediaUrls" : [ ],
            "senderId" : "3141592653",
            "id" : "1789235249411837355",
            "createdAt" : "2024-05-11T10:05:00.500Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "3141592653",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "It starts at 10.",
            "mediaUrls" : [ ],
            "senderId" : "1029384756102938475",
            "id" : "1789234997337058659",
            "createdAt" : "2024-05-11T10:04:00.400Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1029384756102938475",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "What time does the fair start?",
            "mediaUrls" : [ ],
            "senderId" : "3141592653",
            "id" : "1789234745257320659",
            "createdAt" : "2024-05-11T10:03:00.300Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "3141592653-1029384756102938475",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "3141592653",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Hi, how can I help?",
            "mediaUrls" : [ ],
            "senderId" : "1029384756102938475",
            "id" : "1788857005818021348",
            "createdAt" : "2024-05-10T09:02:00.200Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1029384756102938475",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Hello doctor",
            "mediaUrls" : [ ],
            "senderId" : "3141592653",
            "id" : "1788856753742900644",
            "createdAt" : "2024-05-10T09:01:00.100Z",
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
            "text" : "See you there",
            "mediaUrls" : [ ],
            "senderId" : "1188776655443322110",
            "id" : "1792828172010059659",
            "createdAt" : "2024-05-21T08:02:00.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1188776655443322110",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Booth 4, near the entrance.",
            "mediaUrls" : [ ],
            "senderId" : "1029384756102938475",
            "id" : "1792827920349478899",
            "createdAt" : "2024-05-21T08:01:00.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1029384756102938475",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Which booth are you at?",
            "mediaUrls" : [ ],
            "senderId" : "1188776655443322110",
            "id" : "1792827668691049496",
            "createdAt" : "2024-05-21T08:00:00.000Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  }
]