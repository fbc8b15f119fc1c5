window.YTD.direct_messages_group.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1853974620118532096",
      "messages" : [
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Memo is out: allocations &gt; last year's overall, but the December shipment is still the bottleneck. Call next week?",
            "mediaUrls" : [ ],
            "senderId" : "1402938475610271744",
            "id" : "1854515961041106117",
            "createdAt" : "2024-11-07T13:27:15.009Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Helpful, thanks. I'll share the state allocation memo when it lands.",
            "mediaUrls" : [ ],
            "senderId" : "1098273645501923328",
            "id" : "1853832389619145693",
            "createdAt" : "2024-11-05T16:10:58.882Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "reactions" : [
              {
                "senderId" : "1098273645501923328",
                "reactionKey" : "agree",
                "eventId" : "1853830928151472444",
                "createdAt" : "2024-11-05T16:05:10.441Z"
              }
            ],
            "urls" : [ ],
            "text" : "Same at Riverbend. Our distributor says the next shipment is mid-December. Maternal vaccine uptake seems to be helping a bit.",
            "mediaUrls" : [ ],
            "senderId" : "1311782938437455872",
            "id" : "1853830268233172021",
            "createdAt" : "2024-11-05T16:02:33.104Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Yes, our November allocation got cut by about a third. We're prioritizing the youngest infants &amp; high-risk kids going into their second season.",
            "mediaUrls" : [ ],
            "senderId" : "1402938475610271744",
            "id" : "1853819507937080789",
            "createdAt" : "2024-11-05T15:19:47.650Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "RSV season is starting early this year. Anyone else already feeling the nirsevimab supply crunch?",
            "mediaUrls" : [ ],
            "senderId" : "1098273645501923328",
            "id" : "1853816058827607882",
            "createdAt" : "2024-11-05T15:06:05.318Z",
            "editHistory" : [ ]
          }
        },
        {
          "conversationNameUpdate" : {
            "initiatingUserId" : "1098273645501923328",
            "name" : "Peds ID chat",
            "createdAt" : "2024-11-05T15:04:22.930Z"
          }
        },
        {
          "participantsJoin" : {
            "initiatingUserId" : "1311782938437455872",
            "userIds" : [
              "1402938475610271744"
            ],
            "createdAt" : "2024-11-05T15:03:40.512Z"
          }
        },
        {
          "joinConversation" : {
            "initiatingUserId" : "1098273645501923328",
            "participantsSnapshot" : [
              "1098273645501923328",
              "1311782938437455872"
            ],
            "createdAt" : "2024-11-05T15:02:11.207Z"
          }
        }
      ]
    }
  }
]