window.YTD.direct_messages_group.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1899123456789012345",
      "messages" : [
        {
          "conversationNameUpdate" : {
            "initiatingUserId" : "1111222233334444555",
            "name" : "FM curbside 🩺",
            "createdAt" : "2025-03-19T09:00:00.000Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Same here, ~2 weeks. The stroke risk usually wins.",
            "mediaUrls" : [ ],
            "senderId" : "1402551234567890123",
            "id" : "1902130895385526303",
            "createdAt" : "2025-03-18T22:52:00.000Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "We usually restart around 7-14 days if the bleed source is fixed, after talking it through with GI.",
            "mediaUrls" : [ ],
            "senderId" : "1222333444555666777",
            "id" : "1902127875486646302",
            "createdAt" : "2025-03-18T22:40:00.000Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Had a 70yo with new AFib on Eliquis come in with a GI bleed today. Anyone restarting anticoag at 2 weeks or waiting longer?",
            "mediaUrls" : [ ],
            "senderId" : "1111222233334444555",
            "id" : "1902120325739446301",
            "createdAt" : "2025-03-18T22:10:00.000Z",
            "editHistory" : [ ]
          }
        },
        {
          "joinConversation" : {
            "initiatingUserId" : "1111222233334444555",
            "participantsSnapshot" : [
              "1111222233334444555",
              "1222333444555666777",
              "1402551234567890123"
            ],
            "createdAt" : "2025-03-18T22:00:00.000Z"
          }
        }
      ]
    }
  }
]