window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1733445566778899001-1744556677889900112",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1733445566778899001",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Dr. Lee, my husband's sugar keeps dropping at night since they added the glipizide. He woke up sweaty and confused at 3am. We gave him juice. Should he skip tonight's dose?",
            "mediaUrls" : [ ],
            "senderId" : "1744556677889900112",
            "id" : "1886268373201847473",
            "createdAt" : "2025-02-03T04:20:00.000Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1733445566778899001-1755667788990011223",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1733445566778899001",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "hiii sorry to bug u on here but can u send me the form for my kid's sports physical? the school needs it by friday 🙏",
            "mediaUrls" : [ ],
            "senderId" : "1755667788990011223",
            "id" : "1887111428305847474",
            "createdAt" : "2025-02-05T12:10:00.000Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1733445566778899001-1766778899001122334",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1733445566778899001",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Dr Lee its Wanda. The swelling in my feet is back and my shoes don't fit. I'm taking the furosemide every morning like you said",
            "mediaUrls" : [ ],
            "senderId" : "1766778899001122334",
            "id" : "1888162101457847475",
            "createdAt" : "2025-02-08T09:45:00.000Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "77665544-1733445566778899001",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1733445566778899001",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Doc you HAVE to try the new ramen place on 3rd, it's sick 🔥",
            "mediaUrls" : [ ],
            "senderId" : "77665544",
            "id" : "1889041647006647476",
            "createdAt" : "2025-02-10T20:00:00.000Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1733445566778899001-1777889900112233445",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1733445566778899001",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "What age do you recommend starting kids on screen time limits? Asking for our parenting podcast 🎙️",
            "mediaUrls" : [ ],
            "senderId" : "1777889900112233445",
            "id" : "1889698475013047477",
            "createdAt" : "2025-02-12T15:30:00.000Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  }
]