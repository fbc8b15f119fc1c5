window.YTD.direct_message_group.part0 = [ {
  "dmConversation" : {
    "conversationId" : "1091357924680246813",
    "messages" : [ {
      "messageCreate" : {
        "urls" : [ ],
        "text" : "Welcome!",
        "mediaUrls" : [ ],
        "senderId" : "1357924680135792468",
        "id" : "1091260363699185306",
        "createdAt" : "2019-02-01T09:02:00.000Z"
      }
    }, {
      "messageCreate" : {
        "urls" : [ ],
        "text" : "Added Nora.",
        "mediaUrls" : [ ],
        "senderId" : "1234509876123450987",
        "id" : "1091260112041816284",
        "createdAt" : "2019-02-01T09:01:00.000Z"
      }
    }, {
      "joinConversation" : {
        "initiatingUserId" : "1234509876123450987",
        "participantsSnapshot" : [ "1234509876123450987", "1357924680135792468", "1029384756102938475" ],
        "createdAt" : "2019-02-01T09:00:00.000Z"
      }
    } ]
  }
} ]