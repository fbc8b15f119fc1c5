window.YTD.message_event.part0 = [
  {
    "messageEvent" : {
      "messageEventSignature" : {
        "signature" : "6T25RSmNLq48bMLfQaJB6cT56er7biGsHtEx641BoizOaxRCoG9w/cACv8ThuktIm6inXYd9eCA9PNIC5EHerw",
        "publicKeyVersion" : "1767020311842",
        "signatureVersion" : "4",
        "signingPublicKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEhJwAx9JUXrRBT5/HEsUf20z1dm9iLQu4WTnd+Ayo4HHW11fPUTxf/IAuHaw1gPF3z+3znkvTkn3e+zlT/GORTg=="
      },
      "createdAtMsec" : "1768069204112",
      "conversationToken" : "eyJhbGciOiJIUzI1NiJ9.eyJyZXF1ZXN0aW5nVXNlciI6ICIxMzExNzgyOTM4NDM3NDU1ODcyIiwgInJlY2lwaWVudCI6ICIyODQ3MTkzMDU2IiwgInZhbGlkU2luY2VNU2VjIjogIjE3NjcyMjU2MDAwMDAifQ.ZHOvMQ-5SXOoroobh21ndAg9QWuOG-wwErX-oHM0yfQ",
      "senderId" : "1311782938437455872",
      "conversationId" : "2847193056:1311782938437455872",
      "messageId" : "88ecd848-c0ca-443e-a638-74ab1c956a48",
      "detail" : {
        "conversationKeyChangeEvent" : {
          "conversationKeyVersion" : "1768069203981",
          "conversationParticipantKeys" : [
            {
              "userId" : "2847193056",
              "encryptedConversationKey" : "l338z7yJh9f93yd2cB7lpnCHrBTv0MjNUxMAFRX/71WeUePrsAKwQQEhCfjz1RmNktKzWpvOHHKEp5YLu/ePCUNf1rxKeL0xTF1TyFYMOO9w4K1AKOzOKmXmSTE2YYEhB3zSKbNuD8YEZKn+69Nqmyg=",
              "publicKeyVersion" : "1766533902417"
            },
            {
              "userId" : "1311782938437455872",
              "encryptedConversationKey" : "w0Ol99gghewIGxBK+WeG6bhnk4hJFpEAEyzxJoU51BQqtQv/5VORdQ+S4itySRdPXQxVwcQxS+A4pMcw1jeOZeTS1JxH3M0mDr3vhmK5ppYGPIHuAAjfrHh/ts3tTbLhnrFAMt31cWg785hnZy3XWkY=",
              "publicKeyVersion" : "1767020311842"
            }
          ]
        }
      },
      "sequenceId" : "2010054045542824583"
    }
  },
  {
    "messageEvent" : {
      "messageEventSignature" : {
        "signature" : "QMLV1fEX6SPx0X+hp6d24Uu9FPzXHgWrKY3Na/gwZUTVvmSb6LKjvhWM2cs6COajVC7dCnJWBYAuFgXOpihxUA",
        "publicKeyVersion" : "1767020311842",
        "messageSigningKeyInfoList" : [
          {
            "memberId" : "1311782938437455872",
            "publicKeyVersion" : "1767020311842",
            "signingPublicKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEhJwAx9JUXrRBT5/HEsUf20z1dm9iLQu4WTnd+Ayo4HHW11fPUTxf/IAuHaw1gPF3z+3znkvTkn3e+zlT/GORTg=="
          }
        ],
        "signatureVersion" : "4",
        "signingPublicKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEhJwAx9JUXrRBT5/HEsUf20z1dm9iLQu4WTnd+Ayo4HHW11fPUTxf/IAuHaw1gPF3z+3znkvTkn3e+zlT/GORTg=="
      },
      "createdAtMsec" : "1768069204530",
      "conversationToken" : "eyJhbGciOiJIUzI1NiJ9.eyJyZXF1ZXN0aW5nVXNlciI6ICIxMzExNzgyOTM4NDM3NDU1ODcyIiwgInJlY2lwaWVudCI6ICIyODQ3MTkzMDU2IiwgInZhbGlkU2luY2VNU2VjIjogIjE3NjcyMjU2MDAwMDAifQ.ZHOvMQ-5SXOoroobh21ndAg9QWuOG-wwErX-oHM0yfQ",
      "senderId" : "1311782938437455872",
      "conversationId" : "2847193056:1311782938437455872",
      "messageId" : "31fbdc79-a7c9-460b-9aaf-acdc7e827508",
      "detail" : {
        "messageCreateEvent" : {
          "priority" : {
            "value" : "1",
            "name" : "A",
            "originalName" : "A",
            "annotations" : { }
          },
          "contents" : "V23DtO3yCT3pVtrQR+OUJMr4ug7BQfIzOeYChIC4ckPCugzIWPHJ6EViMSkNisr/wAwCZRCQH2d3e9oz8ZGieFjKgv2bwf2yLybzeg8uVV3/TV0nbVXGoOnTf5Lvk1e/",
          "shouldNotify" : true,
          "conversationKeyVersion" : "1768069203981",
          "isPendingPublicKey" : false
        }
      },
      "sequenceId" : "2010054047297426029"
    }
  },
  {
    "messageEvent" : {
      "messageEventSignature" : {
        "signature" : "I2DONsYUmkO+GLfhA2iP1oqwx0BpZbGKhmt58Wct/IQ5VVxDtegjiTBjdMYRrIp0fbhNqstxcWFZMtmy6JaO9w",
        "publicKeyVersion" : "1766533902417",
        "messageSigningKeyInfoList" : [
          {
            "memberId" : "2847193056",
            "publicKeyVersion" : "1766533902417",
            "signingPublicKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEqQFYp8BOV2OtiFIzogFz86UD/DmS3vvhv5C6BEfQbuIjSpvB/npej363qH/5YuYTthwEEB1+CnmukXl9mZnaFw=="
          }
        ],
        "signatureVersion" : "4",
        "signingPublicKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEqQFYp8BOV2OtiFIzogFz86UD/DmS3vvhv5C6BEfQbuIjSpvB/npej363qH/5YuYTthwEEB1+CnmukXl9mZnaFw=="
      },
      "createdAtMsec" : "1768070479874",
      "conversationToken" : "eyJhbGciOiJIUzI1NiJ9.eyJyZXF1ZXN0aW5nVXNlciI6ICIxMzExNzgyOTM4NDM3NDU1ODcyIiwgInJlY2lwaWVudCI6ICIyODQ3MTkzMDU2IiwgInZhbGlkU2luY2VNU2VjIjogIjE3NjcyMjU2MDAwMDAifQ.ZHOvMQ-5SXOoroobh21ndAg9QWuOG-wwErX-oHM0yfQ",
      "senderId" : "2847193056",
      "conversationId" : "2847193056:1311782938437455872",
      "messageId" : "7bb67140-b47e-4988-9c0e-335ac35d4f81",
      "detail" : {
        "messageCreateEvent" : {
          "priority" : {
            "value" : "1",
            "name" : "A",
            "originalName" : "A",
            "annotations" : { }
          },
          "contents" : "MtAJ1T9KImgaJxudo2zuUwRrok9bNIb6rBCAqrrFFHb5zTYan7kHVmXE9cqCx9L/bbqd4SVVU46ENzQ7eCDmHm+NJgOFesl+JjG1364eJO2IYeB5a7OzyV/H3g4zD1CzwMbop99J51uEJEjSGcDE9STlQNOgWifKeo4P4CuaDDrExhAM6l99pY5cxV9QKdvP6PbEQumNC9srKqr/EbAAYO4qnnvbRZv+1x3R7muL0Xd+4MQK",
          "shouldNotify" : true,
          "conversationKeyVersion" : "1768069203981",
          "isPendingPublicKey" : false
        }
      },
      "sequenceId" : "2010059396476556600"
    }
  },
  {
    "messageEvent" : {
      "messageEventSignature" : {
        "signature" : "1j6bNCfk4i7/nUOhMefL/6419MtsZNNDDk7b3Fjn3GP8ZMPOVl3+mukWtgKV+k+IrSAtomFCbVhKSdKuANJJwQ",
        "publicKeyVersion" : "1766533902417",
        "messageSigningKeyInfoList" : [
          {
            "memberId" : "2847193056",
            "publicKeyVersion" : "1766533902417",
            "signingPublicKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEqQFYp8BOV2OtiFIzogFz86UD/DmS3vvhv5C6BEfQbuIjSpvB/npej363qH/5YuYTthwEEB1+CnmukXl9mZnaFw=="
          }
        ],
        "signatureVersion" : "4",
        "signingPublicKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEqQFYp8BOV2OtiFIzogFz86UD/DmS3vvhv5C6BEfQbuIjSpvB/npej363qH/5YuYTthwEEB1+CnmukXl9mZnaFw=="
      },
      "createdAtMsec" : "1768070512066",
      "conversationToken" : "eyJhbGciOiJIUzI1NiJ9.eyJyZXF1ZXN0aW5nVXNlciI6ICIxMzExNzgyOTM4NDM3NDU1ODcyIiwgInJlY2lwaWVudCI6ICIyODQ3MTkzMDU2IiwgInZhbGlkU2luY2VNU2VjIjogIjE3NjcyMjU2MDAwMDAifQ.ZHOvMQ-5SXOoroobh21ndAg9QWuOG-wwErX-oHM0yfQ",
      "senderId" : "2847193056",
      "conversationId" : "2847193056:1311782938437455872",
      "messageId" : "4fc9cb6b-8fac-48bb-b36b-dd37e09f061f",
      "detail" : {
        "messageCreateEvent" : {
          "priority" : {
            "value" : "1",
            "name" : "A",
            "originalName" : "A",
            "annotations" : { }
          },
          "contents" : "BK4gnzXB5wae/thQ9JOgs9eUVQEAHjr/nDkclxlpUtmLGAnjXADlXm0FLhbv0F5GjUJbVGvaSMfR7Tcv3wkJzR8q8Mg2zaBr",
          "shouldNotify" : true,
          "conversationKeyVersion" : "1768069203981",
          "isPendingPublicKey" : false
        }
      },
      "sequenceId" : "2010059531497650581"
    }
  },
  {
    "messageEvent" : {
      "messageEventSignature" : {
        "signature" : "5u3/5pUwtr2nTREx6MIscBL6JlUojCmn/BahU/f5pAzDQaQuwkiXRfOUpX9l5jX9kFCAzbRBZzazjnkTMLutRg",
        "publicKeyVersion" : "1767020311842",
        "messageSigningKeyInfoList" : [
          {
            "memberId" : "1311782938437455872",
            "publicKeyVersion" : "1767020311842",
            "signingPublicKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEhJwAx9JUXrRBT5/HEsUf20z1dm9iLQu4WTnd+Ayo4HHW11fPUTxf/IAuHaw1gPF3z+3znkvTkn3e+zlT/GORTg=="
          }
        ],
        "signatureVersion" : "4",
        "signingPublicKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEhJwAx9JUXrRBT5/HEsUf20z1dm9iLQu4WTnd+Ayo4HHW11fPUTxf/IAuHaw1gPF3z+3znkvTkn3e+zlT/GORTg=="
      },
      "createdAtMsec" : "1768071757731",
      "conversationToken" : "eyJhbGciOiJIUzI1NiJ9.eyJyZXF1ZXN0aW5nVXNlciI6ICIxMzExNzgyOTM4NDM3NDU1ODcyIiwgInJlY2lwaWVudCI6ICIyODQ3MTkzMDU2IiwgInZhbGlkU2luY2VNU2VjIjogIjE3NjcyMjU2MDAwMDAifQ.ZHOvMQ-5SXOoroobh21ndAg9QWuOG-wwErX-oHM0yfQ",
      "senderId" : "1311782938437455872",
      "conversationId" : "2847193056:1311782938437455872",
      "messageId" : "7ba73f8e-527e-4c02-b603-af0f407072cf",
      "detail" : {
        "markConversationReadEvent" : {
          "seenUntilSequenceId" : "2010059531497650581",
          "seenAtMillis" : "1768071757640"
        }
      },
      "sequenceId" : "2010064756197415740"
    }
  },
  {
    "messageEvent" : {
      "messageEventSignature" : {
        "signature" : "YXY6m+vkgMJsPJ58UIDx+NqoUo7hQy20imlociguJw+i9pMCYciPtQz+GU/Qd3PWDQcBxqzfrr5ITh/pFQ6NYQ",
        "publicKeyVersion" : "1767020311842",
        "messageSigningKeyInfoList" : [
          {
            "memberId" : "1311782938437455872",
            "publicKeyVersion" : "1767020311842",
            "signingPublicKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEhJwAx9JUXrRBT5/HEsUf20z1dm9iLQu4WTnd+Ayo4HHW11fPUTxf/IAuHaw1gPF3z+3znkvTkn3e+zlT/GORTg=="
          }
        ],
        "signatureVersion" : "4",
        "signingPublicKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEhJwAx9JUXrRBT5/HEsUf20z1dm9iLQu4WTnd+Ayo4HHW11fPUTxf/IAuHaw1gPF3z+3znkvTkn3e+zlT/GORTg=="
      },
      "createdAtMsec" : "1768071790245",
      "conversationToken" : "eyJhbGciOiJIUzI1NiJ9.eyJyZXF1ZXN0aW5nVXNlciI6ICIxMzExNzgyOTM4NDM3NDU1ODcyIiwgInJlY2lwaWVudCI6ICIyODQ3MTkzMDU2IiwgInZhbGlkU2luY2VNU2VjIjogIjE3NjcyMjU2MDAwMDAifQ.ZHOvMQ-5SXOoroobh21ndAg9QWuOG-wwErX-oHM0yfQ",
      "senderId" : "1311782938437455872",
      "conversationId" : "2847193056:1311782938437455872",
      "messageId" : "312a7e12-dd13-4e1c-8d5f-651bf2f3e784",
      "detail" : {
        "messageCreateEvent" : {
          "priority" : {
            "value" : "1",
            "name" : "A",
            "originalName" : "A",
            "annotations" : { }
          },
          "contents" : "v52WnguUXjg1iRc+3DkiYnBpERbxyH+5imwOcjuMF4E1iM3BPCBrwdZ5zHb6d9Jq+TgpaI+b/al+EM5safPXWM5D7C+Zir7izjS2GZ9ycDUDFIzEBZXNp1/DAKMejQPAUrFA68Cu2CLaQ0tH8tq1ASpybGiKrCkkNreHjRkWUUOB0rfQ",
          "shouldNotify" : true,
          "conversationKeyVersion" : "1768069203981",
          "isPendingPublicKey" : false
        }
      },
      "sequenceId" : "2010064892570254621"
    }
  }
]