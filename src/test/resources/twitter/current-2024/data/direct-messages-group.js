window.YTD.direct_messages_group.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1791234567890123456",
      "messages" : [
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Agenda tomorrow.",
            "mediaUrls" : [ ],
            "senderId" : "1357924680135792468",
            "id" : "1790670957576257621",
            "createdAt" : "2024-05-15T09:10:00.000Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Meeting moved to 3pm.",
            "mediaUrls" : [ ],
            "senderId" : "1234509876123450987",
            "id" : "1790669699283551329",
            "createdAt" : "2024-05-15T09:05:00.000Z",
            "editHistory" : [ ]
          }
        },
        {
          "conversationNameUpdate" : {
            "initiatingUserId" : "1234509876123450987",
            "name" : "Fixture group",
            "createdAt" : "2024-05-15T09:01:00.000Z"
          }
        },
        {
          "joinConversation" : {
            "initiatingUserId" : "1234509876123450987",
            "participantsSnapshot" : [
              "1234509876123450987",
              "1357924680135792468",
              "1029384756102938475"
            ],
            "createdAt" : "2024-05-15T09:00:00.000Z"
          }
        }
      ]
    }
  }
]