window.YTD.direct_message_headers.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "2938475610-1402551234567890123",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1896912258773024770",
            "senderId" : "2938475610",
            "recipientId" : "1402551234567890123",
            "createdAt" : "2025-03-04T13:15:00.074Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1896911503643115521",
            "senderId" : "2938475610",
            "recipientId" : "1402551234567890123",
            "createdAt" : "2025-03-04T13:12:00.037Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1402551234567890123-1577214093365874688",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1898564898745483268",
            "senderId" : "1577214093365874688",
            "recipientId" : "1402551234567890123",
            "createdAt" : "2025-03-09T02:42:00.148Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1898564646932054019",
            "senderId" : "1577214093365874688",
            "recipientId" : "1402551234567890123",
            "createdAt" : "2025-03-09T02:41:00.111Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "845522190337204224-1402551234567890123",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1901054302521131015",
            "senderId" : "845522190337204224",
            "recipientId" : "1402551234567890123",
            "createdAt" : "2025-03-15T23:34:00.259Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1901053295732981766",
            "senderId" : "1402551234567890123",
            "recipientId" : "845522190337204224",
            "createdAt" : "2025-03-15T23:30:00.222Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1901047004121792517",
            "senderId" : "845522190337204224",
            "recipientId" : "1402551234567890123",
            "createdAt" : "2025-03-15T23:05:00.185Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1219876543201987456-1402551234567890123",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1907515879646560264",
            "senderId" : "1219876543201987456",
            "recipientId" : "1402551234567890123",
            "createdAt" : "2025-04-02T19:30:00.296Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "63340918-1402551234567890123",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1908900251935178762",
            "senderId" : "63340918",
            "recipientId" : "1402551234567890123",
            "createdAt" : "2025-04-06T15:11:00.370Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1908900000121749513",
            "senderId" : "63340918",
            "recipientId" : "1402551234567890123",
            "createdAt" : "2025-04-06T15:10:00.333Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1402551234567890123-1690022113456781234",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1913412484643946509",
            "senderId" : "1690022113456781234",
            "recipientId" : "1402551234567890123",
            "createdAt" : "2025-04-19T02:01:00.481Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1913410219564597260",
            "senderId" : "1402551234567890123",
            "recipientId" : "1690022113456781234",
            "createdAt" : "2025-04-19T01:52:00.444Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1913400153079808011",
            "senderId" : "1690022113456781234",
            "recipientId" : "1402551234567890123",
            "createdAt" : "2025-04-19T01:12:00.407Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1102938475647382910-1402551234567890123",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1917912385788575758",
            "senderId" : "1102938475647382910",
            "recipientId" : "1402551234567890123",
            "createdAt" : "2025-05-01T12:02:00.518Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "912837465019283746-1402551234567890123",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1921622583376085007",
            "senderId" : "912837465019283746",
            "recipientId" : "1402551234567890123",
            "createdAt" : "2025-05-11T17:45:00.555Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1357900246813579024-1402551234567890123",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1924952777021194256",
            "senderId" : "1357900246813579024",
            "recipientId" : "1402551234567890123",
            "createdAt" : "2025-05-20T22:18:00.592Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "24681357-1402551234567890123",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1929966564447092754",
            "senderId" : "24681357",
            "recipientId" : "1402551234567890123",
            "createdAt" : "2025-06-03T18:21:00.666Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1929966312633663505",
            "senderId" : "24681357",
            "recipientId" : "1402551234567890123",
            "createdAt" : "2025-06-03T18:20:00.629Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1099887766554433221-1402551234567890123",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1933025218851242003",
            "senderId" : "1099887766554433221",
            "recipientId" : "1402551234567890123",
            "createdAt" : "2025-06-12T04:55:00.703Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1402551234567890123-1788990011223344556",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1902646294564831252",
            "senderId" : "1788990011223344556",
            "recipientId" : "1402551234567890123",
            "createdAt" : "2025-03-20T09:00:00.740Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "301122334-1402551234567890123",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1905278640065609750",
            "senderId" : "1402551234567890123",
            "recipientId" : "301122334",
            "createdAt" : "2025-03-27T15:20:00.814Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1905266056998420501",
            "senderId" : "301122334",
            "recipientId" : "1402551234567890123",
            "createdAt" : "2025-03-27T14:30:00.777Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1402551234567890123-1555666777888999000",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1910362136668798999",
            "senderId" : "1555666777888999000",
            "recipientId" : "1402551234567890123",
            "createdAt" : "2025-04-10T16:00:00.851Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1402551234567890123-1445566778899001122",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1914773705771188248",
            "senderId" : "1445566778899001122",
            "recipientId" : "1402551234567890123",
            "createdAt" : "2025-04-22T20:10:00.888Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "776655443-1402551234567890123",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1919869785441566746",
            "senderId" : "1402551234567890123",
            "recipientId" : "776655443",
            "createdAt" : "2025-05-06T21:40:00.962Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1919839586297577497",
            "senderId" : "776655443",
            "recipientId" : "1402551234567890123",
            "createdAt" : "2025-05-06T19:40:00.925Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "19283746-1402551234567890123",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1936170944053641244",
            "senderId" : "1402551234567890123",
            "recipientId" : "19283746",
            "createdAt" : "2025-06-20T21:15:00.036Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1936167173219155995",
            "senderId" : "19283746",
            "recipientId" : "1402551234567890123",
            "createdAt" : "2025-06-20T21:00:00.999Z"
          }
        }
      ]
    }
  }
]