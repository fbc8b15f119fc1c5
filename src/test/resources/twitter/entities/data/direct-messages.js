window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1029384756102938475-1188776655443322110",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1029384756102938475",
            "reactions" : [ ],
            "urls" : [
              {
                "url" : "https://t.co/abc",
                "expanded" : "https://twitter.com/messages/media/1809158023544458766",
                "display" : "pic.twitter.com/abc"
              }
            ],
            "text" : " https://t.co/abc",
            "mediaUrls" : [
              "https://ton.twitter.com/1.1/ton/data/dm/1809158023544458766/1809158019349327604/aBcD1234.jpg"
            ],
            "senderId" : "1188776655443322110",
            "id" : "1809158023544458766",
            "createdAt" : "2024-07-05T09:31:00.000Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1029384756102938475",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "see you at 5 &lt;- moved from 4",
            "mediaUrls" : [ ],
            "senderId" : "1188776655443322110",
            "id" : "1809157771884219396",
            "createdAt" : "2024-07-05T09:30:00.000Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  }
]