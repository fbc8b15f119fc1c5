window.YTD.direct_message_headers.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "2847193056-1311782938437455872",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1960833150381294141",
            "senderId" : "2847193056",
            "recipientId" : "1311782938437455872",
            "createdAt" : "2025-08-27T22:33:48.226Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1960832467477357729",
            "senderId" : "1311782938437455872",
            "recipientId" : "2847193056",
            "createdAt" : "2025-08-27T22:31:05.409Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1960827302034931090",
            "senderId" : "2847193056",
            "recipientId" : "1311782938437455872",
            "createdAt" : "2025-08-27T22:10:33.871Z"
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
            "id" : "1932763857874123386",
            "senderId" : "917364820193456128",
            "recipientId" : "1311782938437455872",
            "createdAt" : "2025-06-11T11:36:27.390Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1932121065160688625",
            "senderId" : "917364820193456128",
            "recipientId" : "1311782938437455872",
            "createdAt" : "2025-06-09T17:02:13.664Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1932117653580646106",
            "senderId" : "1311782938437455872",
            "recipientId" : "917364820193456128",
            "createdAt" : "2025-06-09T16:48:40.280Z"
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
            "id" : "1932117467490878129",
            "senderId" : "1311782938437455872",
            "recipientId" : "917364820193456128",
            "createdAt" : "2025-06-09T16:47:55.913Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1932081126319318342",
            "senderId" : "917364820193456128",
            "recipientId" : "1311782938437455872",
            "createdAt" : "2025-06-09T14:23:31.502Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1932080784663023193",
            "senderId" : "917364820193456128",
            "recipientId" : "1311782938437455872",
            "createdAt" : "2025-06-09T14:22:10.045Z"
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
            "id" : "1978809361767949946",
            "senderId" : "1486930217745367041",
            "recipientId" : "1311782938437455872",
            "createdAt" : "2025-10-16T13:04:51.002Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1978807678883311001",
            "senderId" : "1311782938437455872",
            "recipientId" : "1486930217745367041",
            "createdAt" : "2025-10-16T12:58:09.771Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1978630153068069646",
            "senderId" : "1486930217745367041",
            "recipientId" : "1311782938437455872",
            "createdAt" : "2025-10-16T01:12:44.318Z"
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
            "id" : "1881910898699155759",
            "senderId" : "1620458391726641152",
            "recipientId" : "1311782938437455872",
            "createdAt" : "2025-01-22T03:44:57.120Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1881909944219588130",
            "senderId" : "1620458391726641152",
            "recipientId" : "1311782938437455872",
            "createdAt" : "2025-01-22T03:41:09.554Z"
          }
        }
      ]
    }
  }
]