window.YTD.direct_messages_group.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1642958271648391168",
      "messages" : [
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Thanks all.",
            "mediaUrls" : [ ],
            "senderId" : "1234509876123450987",
            "id" : "1642468161747999896",
            "createdAt" : "2023-04-02T10:05:00.000Z",
            "editHistory" : [ ]
          }
        },
        {
          "participantsLeave" : {
            "userIds" : [
              "1357924680135792468"
            ],
            "createdAt" : "2023-04-02T10:03:00.000Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Signing off this group.",
            "mediaUrls" : [ ],
            "senderId" : "1357924680135792468",
            "id" : "1642467406773268292",
            "createdAt" : "2023-04-02T10:02:00.000Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  }
]