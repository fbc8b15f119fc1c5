window.YTD.direct_message_headers.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "3011223344-1510000111222333444",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1665675835421491702",
            "senderId" : "3011223344",
            "recipientId" : "1510000111222333444",
            "createdAt" : "2023-06-05T11:04:00.582Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1665675331933045237",
            "senderId" : "3011223344",
            "recipientId" : "1510000111222333444",
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
            "id" : "1667705710957298167",
            "senderId" : "1601122334455667788",
            "recipientId" : "1510000111222333444",
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
            "id" : "1670915612152431097",
            "senderId" : "1510000111222333444",
            "recipientId" : "1700112233445566778",
            "createdAt" : "2023-06-19T22:05:00.705Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1670895479321264632",
            "senderId" : "1700112233445566778",
            "recipientId" : "1510000111222333444",
            "createdAt" : "2023-06-19T20:45:00.664Z"
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
            "id" : "1675522216407597562",
            "senderId" : "1489900112233445566",
            "recipientId" : "1510000111222333444",
            "createdAt" : "2023-07-02T15:10:00.746Z"
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
            "id" : "1678167144681964027",
            "senderId" : "702233445",
            "recipientId" : "1510000111222333444",
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
            "id" : "1680059614818730492",
            "senderId" : "1412233445566778899",
            "recipientId" : "1510000111222333444",
            "createdAt" : "2023-07-15T03:40:00.828Z"
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
            "id" : "1682087980405096957",
            "senderId" : "1355667788990011223",
            "recipientId" : "1510000111222333444",
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
            "id" : "1683459518157029887",
            "senderId" : "1510000111222333444",
            "recipientId" : "1299887766554433221",
            "createdAt" : "2023-07-24T12:50:00.951Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1683454484820263422",
            "senderId" : "1299887766554433221",
            "recipientId" : "1510000111222333444",
            "createdAt" : "2023-07-24T12:30:00.910Z"
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
            "id" : "1686300739858596352",
            "senderId" : "1255443322110099887",
            "recipientId" : "1510000111222333444",
            "createdAt" : "2023-08-01T09:00:00.992Z"
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
            "id" : "1688256120533025282",
            "senderId" : "1510000111222333444",
            "recipientId" : "1655443322110099887",
            "createdAt" : "2023-08-06T18:30:00.074Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1688241020866658817",
            "senderId" : "1655443322110099887",
            "recipientId" : "1510000111222333444",
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
            "id" : "1690471971508191747",
            "senderId" : "1588776655443322110",
            "recipientId" : "1510000111222333444",
            "createdAt" : "2023-08-12T21:15:00.115Z"
          }
        }
      ]
    }
  }
]