window.YTD.direct_message_group_headers.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1853974620118532096",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1854515961041106117",
            "senderId" : "1402938475610271744",
            "createdAt" : "2024-11-07T13:27:15.009Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1853832389619145693",
            "senderId" : "1098273645501923328",
            "createdAt" : "2024-11-05T16:10:58.882Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1853830268233172021",
            "senderId" : "1311782938437455872",
            "createdAt" : "2024-11-05T16:02:33.104Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1853819507937080789",
            "senderId" : "1402938475610271744",
            "createdAt" : "2024-11-05T15:19:47.650Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1853816058827607882",
            "senderId" : "1098273645501923328",
            "createdAt" : "2024-11-05T15:06:05.318Z"
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