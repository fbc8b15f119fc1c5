window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "3011223344-1510000111222333444",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1510000111222333444",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "the amlodipine",
            "mediaUrls" : [ ],
            "senderId" : "3011223344",
            "id" : "1665675835421491702",
            "createdAt" : "2023-06-05T11:04:00.582Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1510000111222333444",
            "reactions" : [ ],
            "text" : "missed my bp pill yesterday. double up today or no",
            "senderId" : "3011223344",
            "id" : "1665675331933045237",
            "createdAt" : "2023-06-05T11:02:00.541Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1510000111222333444-1601122334455667788",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1510000111222333444",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "hey dr shah its eli (u see me for my T). i think my dose is too high?? im super irritable and breaking out everywhere. can we lower it without my dad coming to the appt",
            "mediaUrls" : [ ],
            "senderId" : "1601122334455667788",
            "id" : "1667705710957298167",
            "createdAt" : "2023-06-11T01:30:00.623Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1510000111222333444-1700112233445566778",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1700112233445566778",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Hi Craig, thanks for reaching out. Please call the office at (555) 612-0900 and we'll book a visit to take a look, no need to wait for her checkup.",
            "mediaUrls" : [ ],
            "senderId" : "1510000111222333444",
            "id" : "1670915612152431097",
            "createdAt" : "2023-06-19T22:05:00.705Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1510000111222333444",
            "reactions" : [ ],
            "text" : "Hi Dr Shaw sorry autocorrect Shah!! Our daughter Lily is 8 and we noticed breast buds and some hair under her arms already. Is that to early? Should we make an appointment or wait till her 9 year check",
            "senderId" : "1700112233445566778",
            "id" : "1670895479321264632",
            "createdAt" : "2023-06-19T20:45:00.664Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1489900112233445566-1510000111222333444",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1510000111222333444",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Hi! Time for my PrEP refill and the 3 month labs. Can you put the order in so I can go to Quest on Saturday?",
            "mediaUrls" : [ ],
            "senderId" : "1489900112233445566",
            "id" : "1675522216407597562",
            "createdAt" : "2023-07-02T15:10:00.746Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "702233445-1510000111222333444",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1510000111222333444",
            "reactions" : [ ],
            "text" : "sorry i missed my appt thursday, work ran late. can i get back in next week? same thing as last time",
            "senderId" : "702233445",
            "id" : "1678167144681964027",
            "createdAt" : "2023-07-09T22:20:00.787Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1412233445566778899-1510000111222333444",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1510000111222333444",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "I know you're not her hospice doctor anymore but Mom's breathing has that rattle now and the hospice nurse can't come till morning. Is it ok to give another dose of the morphine drops? She's so uncomfortable",
            "mediaUrls" : [ ],
            "senderId" : "1412233445566778899",
            "id" : "1680059614818730492",
            "createdAt" : "2023-07-15T03:40:00.828Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1355667788990011223-1510000111222333444",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1510000111222333444",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "random q but my dog has diarrhea since yesterday, can I give him pepto? 🐶 lol I know you're a people doctor",
            "mediaUrls" : [ ],
            "senderId" : "1355667788990011223",
            "id" : "1682087980405096957",
            "createdAt" : "2023-07-20T18:00:00.869Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1299887766554433221-1510000111222333444",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1299887766554433221",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Sure, done!",
            "mediaUrls" : [ ],
            "senderId" : "1510000111222333444",
            "id" : "1683459518157029887",
            "createdAt" : "2023-07-24T12:50:00.951Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1510000111222333444",
            "reactions" : [ ],
            "text" : "Can you swap call with me on the 4th? My kid has a tournament",
            "senderId" : "1299887766554433221",
            "id" : "1683454484820263422",
            "createdAt" : "2023-07-24T12:30:00.910Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1255443322110099887-1510000111222333444",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1510000111222333444",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "You doctors push these shots on kids without telling parents the truth about what's in them. Do your research!!",
            "mediaUrls" : [ ],
            "senderId" : "1255443322110099887",
            "id" : "1686300739858596352",
            "createdAt" : "2023-08-01T09:00:00.992Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1510000111222333444-1655443322110099887",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1655443322110099887",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Hi Mia! About 12 years after high school, and it's worth it. Keep loving science!",
            "mediaUrls" : [ ],
            "senderId" : "1510000111222333444",
            "id" : "1688256120533025282",
            "createdAt" : "2023-08-06T18:30:00.074Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1510000111222333444",
            "reactions" : [ ],
            "text" : "hi dr shah!! i want to be a surgeon when i grow up. how many years of school is it?? 🩺",
            "senderId" : "1655443322110099887",
            "id" : "1688241020866658817",
            "createdAt" : "2023-08-06T17:30:00.033Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1510000111222333444-1588776655443322110",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1510000111222333444",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Can't make book club Tuesday, I'm taking my mom to her cardiology appointment in the city 😕 save me some wine",
            "mediaUrls" : [ ],
            "senderId" : "1588776655443322110",
            "id" : "1690471971508191747",
            "createdAt" : "2023-08-12T21:15:00.115Z"
          }
        }
      ]
    }
  }
]