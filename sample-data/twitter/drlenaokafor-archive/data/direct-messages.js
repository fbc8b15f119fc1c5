window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "2847193056-1311782938437455872",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1311782938437455872",
            "reactions" : [ ],
            "urls" : [
              {
                "url" : "https://t.co/Xk29LmQpZa",
                "expanded" : "https://twitter.com/messages/media/1960833150381294141",
                "display" : "pic.twitter.com/Xk29LmQpZa"
              }
            ],
            "text" : " https://t.co/Xk29LmQpZa",
            "mediaUrls" : [
              "https://ton.twitter.com/1.1/ton/data/dm/1960833150381294141/1960833141996224927/Hq2bV9sK.jpg"
            ],
            "senderId" : "2847193056",
            "id" : "1960833150381294141",
            "createdAt" : "2025-08-27T22:33:48.226Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "2847193056",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Haha hang in there! Yes, Friday at 7 &amp; I'm bringing dessert",
            "mediaUrls" : [ ],
            "senderId" : "1311782938437455872",
            "id" : "1960832467477357729",
            "createdAt" : "2025-08-27T22:31:05.409Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1311782938437455872",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "this traffic is giving me a heart attack lol, dinner still on Friday?",
            "mediaUrls" : [ ],
            "senderId" : "2847193056",
            "id" : "1960827302034931090",
            "createdAt" : "2025-08-27T22:10:33.871Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "917364820193456128-1311782938437455872",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1311782938437455872",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Picked it up Monday night &amp; he slept through. You're the best.",
            "mediaUrls" : [ ],
            "senderId" : "917364820193456128",
            "id" : "1932763857874123386",
            "createdAt" : "2025-06-11T11:36:27.390Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1311782938437455872",
            "reactions" : [
              {
                "senderId" : "1311782938437455872",
                "reactionKey" : "like",
                "eventId" : "1932121771704033477",
                "createdAt" : "2025-06-09T17:05:02.117Z"
              }
            ],
            "urls" : [ ],
            "text" : "Thank you so much, that's a huge help!",
            "mediaUrls" : [ ],
            "senderId" : "917364820193456128",
            "id" : "1932121065160688625",
            "createdAt" : "2025-06-09T17:02:13.664Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "917364820193456128",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "If he needs it more often than every 4 hours or it isn't helping, bring him in.",
            "mediaUrls" : [ ],
            "senderId" : "1311782938437455872",
            "id" : "1932117653580646106",
            "createdAt" : "2025-06-09T16:48:40.280Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "917364820193456128-1311782938437455872",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "917364820193456128",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Hi James, yes, 2 puffs every 4 hours as needed, and I'll send the refill to Main Street Pharmacy this afternoon.",
            "mediaUrls" : [ ],
            "senderId" : "1311782938437455872",
            "id" : "1932117467490878129",
            "createdAt" : "2025-06-09T16:47:55.913Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1311782938437455872",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "He's been wheezing at night since the pollen got bad. DOB 04/12/2015 if you need it. Could you send a refill to Main Street Pharmacy?",
            "mediaUrls" : [ ],
            "senderId" : "917364820193456128",
            "id" : "1932081126319318342",
            "createdAt" : "2025-06-09T14:23:31.502Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1311782938437455872",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Hi Dr. Okafor, it's James Whitfield, Ethan's dad. Sorry to message you here but the pharmacy says Ethan's albuterol inhaler is out of refills.",
            "mediaUrls" : [ ],
            "senderId" : "917364820193456128",
            "id" : "1932080784663023193",
            "createdAt" : "2025-06-09T14:22:10.045Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1311782938437455872-1486930217745367041",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1311782938437455872",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Ok, calling now. Thank you!",
            "mediaUrls" : [ ],
            "senderId" : "1486930217745367041",
            "id" : "1978809361767949946",
            "createdAt" : "2025-10-16T13:04:51.002Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1486930217745367041",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Hi Maria, I'm sorry she's still uncomfortable. Please call the office at (555) 201-4400 and the nurse will go over everything with you. I can't give medical advice here on X, but the office can help right away.",
            "mediaUrls" : [ ],
            "senderId" : "1311782938437455872",
            "id" : "1978807678883311001",
            "createdAt" : "2025-10-16T12:58:09.771Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1311782938437455872",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Hi Dr. Okafor, this is Maria, Sofia's mom. You saw her Tuesday for an ear infection. Tonight her fever is 102.5 &amp; she keeps pulling at her ear. Should I keep giving the amoxicillin 5 ml twice a day?",
            "mediaUrls" : [ ],
            "senderId" : "1486930217745367041",
            "id" : "1978630153068069646",
            "createdAt" : "2025-10-16T01:12:44.318Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1311782938437455872-1620458391726641152",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1311782938437455872",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Perdón por escribirle por aquí, en el consultorio no contestan a esta hora.",
            "mediaUrls" : [ ],
            "senderId" : "1620458391726641152",
            "id" : "1881910898699155759",
            "createdAt" : "2025-01-22T03:44:57.120Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1311782938437455872",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Doctora, mi hijo Mateo tiene fiebre de 39 y vomitó dos veces, usted lo vio el lunes. ¿Le doy ibuprofeno?",
            "mediaUrls" : [ ],
            "senderId" : "1620458391726641152",
            "id" : "1881909944219588130",
            "createdAt" : "2025-01-22T03:41:09.554Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  }
]