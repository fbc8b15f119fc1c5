window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1029384756102938475-2233445566778899001",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "2233445566778899001",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Hi Jordan, I can't give medical advice here. Please call the office at (555) 201-4400 and the nurse will help you today.",
            "mediaUrls" : [ ],
            "senderId" : "1029384756102938475",
            "id" : "1888950123456789002",
            "createdAt" : "2025-02-10T13:05:02.441Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1029384756102938475",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Hi Dr. Vance, it's Jordan, Leo's dad. You saw Leo last Monday for his ear infection. Tonight his fever is 103 and he keeps crying. Should I give him more amoxicillin?",
            "mediaUrls" : [ ],
            "senderId" : "2233445566778899001",
            "id" : "1888751234567890001",
            "createdAt" : "2025-02-10T03:12:40.118Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1029384756102938475-2233445566778899002",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1029384756102938475",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Dr. Vance, my mom is your patient and her blood pressure pills make her dizzy. Should she stop the lisinopril?",
            "mediaUrls" : [ ],
            "senderId" : "2233445566778899002",
            "id" : "1889694455667788004",
            "createdAt" : "2025-02-12T18:20:11.000Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "987654321-1029384756102938475",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1029384756102938475",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "I'm your patient, DOB 03/14/1988. The rash came back after the prednisone. Is this normal?",
            "mediaUrls" : [ ],
            "senderId" : "987654321",
            "id" : "1892525566778800006",
            "createdAt" : "2025-02-20T22:41:09.512Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  }
]