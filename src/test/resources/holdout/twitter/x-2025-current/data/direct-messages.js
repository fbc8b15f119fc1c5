window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "2938475610-1402551234567890123",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1402551234567890123",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "sorry my granddaughter set up this twitter for me i dont know if you get these",
            "mediaUrls" : [ ],
            "senderId" : "2938475610",
            "id" : "1896912258773024770",
            "createdAt" : "2025-03-04T13:15:00.074Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1402551234567890123",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "hello doctor bell this is walter kowalski i am 81 years old you seen me in march for my heart the water pill you gave me makes me go to the bathroom all night can i take it in the morning instead thank you walter",
            "mediaUrls" : [ ],
            "senderId" : "2938475610",
            "id" : "1896911503643115521",
            "createdAt" : "2025-03-04T13:12:00.037Z",
            "editHistory" : [ ]
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
            "recipientId" : "1402551234567890123",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "my mom doesnt know i got it pls dont tell her 😭",
            "mediaUrls" : [ ],
            "senderId" : "1577214093365874688",
            "id" : "1898564898745483268",
            "createdAt" : "2025-03-09T02:42:00.148Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1402551234567890123",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "hey so um is it normal to still be bleeding like 2 weeks after getting the nexplanon put in??",
            "mediaUrls" : [ ],
            "senderId" : "1577214093365874688",
            "id" : "1898564646932054019",
            "createdAt" : "2025-03-09T02:41:00.111Z",
            "editHistory" : [ ]
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
            "recipientId" : "1402551234567890123",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "ok thank u we're going now",
            "mediaUrls" : [ ],
            "senderId" : "845522190337204224",
            "id" : "1901054302521131015",
            "createdAt" : "2025-03-15T23:34:00.259Z",
            "editHistory" : [ ]
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
            "recipientId" : "845522190337204224",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Sorry to hear that. If he hit his head or is more confused than his usual, please take him to the ER tonight. Otherwise call (555) 318-2200 at 8 and ask for a same-day slot.",
            "mediaUrls" : [ ],
            "senderId" : "1402551234567890123",
            "id" : "1901053295732981766",
            "createdAt" : "2025-03-15T23:30:00.222Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1402551234567890123",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Dr B my dad (Frank Russo, hes your patient) fell again last night. no broken bones but hes way more confused than usual. do we take him to the ER or can u squeeze him in tmrw?",
            "mediaUrls" : [ ],
            "senderId" : "845522190337204224",
            "id" : "1901047004121792517",
            "createdAt" : "2025-03-15T23:05:00.185Z",
            "editHistory" : [ ]
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
            "recipientId" : "1402551234567890123",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "got my bloodwork back on the portal, A1C is 6.8 is that bad?? you said last time if it went over 6.5 we'd talk meds",
            "mediaUrls" : [ ],
            "senderId" : "1219876543201987456",
            "id" : "1907515879646560264",
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
            "recipientId" : "1402551234567890123",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "thx!!",
            "mediaUrls" : [ ],
            "senderId" : "63340918",
            "id" : "1908900251935178762",
            "createdAt" : "2025-04-06T15:11:00.370Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1402551234567890123",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "can u move my lisinopril refill to the CVS on 5th st instead of walgreens, walgreens keeps saying its not ready",
            "mediaUrls" : [ ],
            "senderId" : "63340918",
            "id" : "1908900000121749513",
            "createdAt" : "2025-04-06T15:10:00.333Z",
            "editHistory" : [ ]
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
            "recipientId" : "1402551234567890123",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "ok. thanks doc",
            "mediaUrls" : [ ],
            "senderId" : "1690022113456781234",
            "id" : "1913412484643946509",
            "createdAt" : "2025-04-19T02:01:00.481Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1690022113456781234",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Please don't stop it suddenly. Go back to taking 50 mg every day and call me Monday so we can talk about switching.",
            "mediaUrls" : [ ],
            "senderId" : "1402551234567890123",
            "id" : "1913410219564597260",
            "createdAt" : "2025-04-19T01:52:00.444Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1402551234567890123",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "idk who else to ask. the sertraline ur started me on makes me feel like a zombie, been skipping it the last few days. is that ok or am i gonna crash",
            "mediaUrls" : [ ],
            "senderId" : "1690022113456781234",
            "id" : "1913400153079808011",
            "createdAt" : "2025-04-19T01:12:00.407Z",
            "editHistory" : [ ]
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
            "recipientId" : "1402551234567890123",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Doc, mi mamá está con la presión high otra vez, 170/95 esta mañana. She ran out of the amlodipine hace 3 días. Can you call it in? 🙏",
            "mediaUrls" : [ ],
            "senderId" : "1102938475647382910",
            "id" : "1917912385788575758",
            "createdAt" : "2025-05-01T12:02:00.518Z",
            "editHistory" : [ ]
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
            "recipientId" : "1402551234567890123",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "my neighbors kid (hes 6) got stung by a bee and his face is kinda puffy. his mom doesnt speak english so im asking for her, should she give him benadryl?",
            "mediaUrls" : [ ],
            "senderId" : "912837465019283746",
            "id" : "1921622583376085007",
            "createdAt" : "2025-05-11T17:45:00.555Z",
            "editHistory" : [ ]
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
            "recipientId" : "1402551234567890123",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "kinda embarrassing but i think i need to get tested again, my ex just told me she has chlamydia. do i need to come in or can u just send the pills",
            "mediaUrls" : [ ],
            "senderId" : "1357900246813579024",
            "id" : "1924952777021194256",
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
            "recipientId" : "1402551234567890123",
            "reactions" : [ ],
            "urls" : [
              {
                "url" : "https://t.co/4447092754",
                "expanded" : "https://twitter.com/messages/media/1929966564447092754",
                "display" : "pic.twitter.com/4447092754"
              }
            ],
            "text" : " https://t.co/4447092754",
            "mediaUrls" : [
              "https://ton.twitter.com/1.1/ton/data/dm/1929966564447092754/1929966564447092747/aB3xQ9.jpg"
            ],
            "senderId" : "24681357",
            "id" : "1929966564447092754",
            "createdAt" : "2025-06-03T18:21:00.666Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1402551234567890123",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "stitches on my hand look red and puffy today, the ones from thursday. also kinda warm. normal??",
            "mediaUrls" : [ ],
            "senderId" : "24681357",
            "id" : "1929966312633663505",
            "createdAt" : "2025-06-03T18:20:00.629Z",
            "editHistory" : [ ]
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
            "recipientId" : "1402551234567890123",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Took 3 tests all positive 😭😭 last period was like aug 2. when do i come in and should i stop my topamax",
            "mediaUrls" : [ ],
            "senderId" : "1099887766554433221",
            "id" : "1933025218851242003",
            "createdAt" : "2025-06-12T04:55:00.703Z",
            "editHistory" : [ ]
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
            "recipientId" : "1402551234567890123",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "🔥 Cheap Ozempic &amp; semaglutide NO prescription needed!! Fast shipping worldwide, DM for price list 💊 wa.me/15550192277",
            "mediaUrls" : [ ],
            "senderId" : "1788990011223344556",
            "id" : "1902646294564831252",
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
            "recipientId" : "301122334",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Happy to help. Tomorrow at 2 works, I'll call you then.",
            "mediaUrls" : [ ],
            "senderId" : "1402551234567890123",
            "id" : "1905278640065609750",
            "createdAt" : "2025-03-27T15:20:00.814Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1402551234567890123",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Hi Dr. Bell, I'm a reporter with the Cedar Hollow Gazette writing about the flu surge in local ERs. Would you have 10 min for a phone interview tomorrow? My number is 555-404-1187.",
            "mediaUrls" : [ ],
            "senderId" : "301122334",
            "id" : "1905266056998420501",
            "createdAt" : "2025-03-27T14:30:00.777Z",
            "editHistory" : [ ]
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
            "recipientId" : "1402551234567890123",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Hi Dr Bell! Im a 2nd year med student at State, any chance I could shadow in your clinic this summer? Really interested in family med",
            "mediaUrls" : [ ],
            "senderId" : "1555666777888999000",
            "id" : "1910362136668798999",
            "createdAt" : "2025-04-10T16:00:00.851Z",
            "editHistory" : [ ]
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
            "recipientId" : "1402551234567890123",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "just wanted to say your video about sunscreen was so helpful, my whole family watched it. thank you for doing these!",
            "mediaUrls" : [ ],
            "senderId" : "1445566778899001122",
            "id" : "1914773705771188248",
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
            "recipientId" : "776655443",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Great question! Colds are caused by viruses, and antibiotics only work on bacteria. Taking them when you don't need them helps bacteria become resistant.",
            "mediaUrls" : [ ],
            "senderId" : "1402551234567890123",
            "id" : "1919869785441566746",
            "createdAt" : "2025-05-06T21:40:00.962Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1402551234567890123",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Quick q for a school project: why do doctors say antibiotics don't work for colds? Trying to explain it to my 5th graders 😊",
            "mediaUrls" : [ ],
            "senderId" : "776655443",
            "id" : "1919839586297577497",
            "createdAt" : "2025-05-06T19:40:00.925Z",
            "editHistory" : [ ]
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
            "recipientId" : "19283746",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Ha! 7:30 tee time, don't be late",
            "mediaUrls" : [ ],
            "senderId" : "1402551234567890123",
            "id" : "1936170944053641244",
            "createdAt" : "2025-06-20T21:15:00.036Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1402551234567890123",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "my fantasy team is giving me a migraine lol. golf saturday?",
            "mediaUrls" : [ ],
            "senderId" : "19283746",
            "id" : "1936167173219155995",
            "createdAt" : "2025-06-20T21:00:00.999Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  }
]