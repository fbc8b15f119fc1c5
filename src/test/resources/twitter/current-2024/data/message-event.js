window.YTD.message_event.part0 = [
  {
    "messageEvent" : {
      "messageEventSignature" : {
        "signature" : "g/2hEyRK2ucvSQJV225BxehSmZPES3wveSTwKElhPL62PRVMP23lWoWRXikcGP/L0wj0uybW4cNrsDl1uC+lzQ",
        "publicKeyVersion" : "1747000000123",
        "signatureVersion" : "4",
        "signingPublicKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEA3Jh64acypA08LqbIkLu8BsD2TnxX8pz8uxlXL2c2xd+ax0LxcuRX9OYboQnujQTpKAHo38eWsBKYW9ARaD9zg=="
      },
      "createdAtMsec" : "1748167200000",
      "conversationToken" : "eyJhbGciOiJIUzI1NiJ9.eyJyZXF1ZXN0aW5nVXNlciI6ICIxMDI5Mzg0NzU2MTAyOTM4NDc1IiwgInJlY2lwaWVudCI6ICIxMTg4Nzc2NjU1NDQzMzIyMTEwIiwgInZhbGlkU2luY2VNU2VjIjogIjE3NDU4ODQ4MDAwMDAifQ.IM6K7aoQLaZjWKxBazvW5X0ZZDR4QjsdICMWBgPvz7E",
      "senderId" : "1029384756102938475",
      "conversationId" : "1029384756102938475:1188776655443322110",
      "messageId" : "9be9994d-12e8-4bc1-bab1-8ee7a2e4bf5f",
      "detail" : {
        "conversationKeyChangeEvent" : {
          "conversationKeyVersion" : "1748167199880",
          "conversationParticipantKeys" : [
            {
              "userId" : "1029384756102938475",
              "encryptedConversationKey" : "5kNXtrG9QiQDspAGMAvUO8tkxR/2PK0flTUu0bAEmVH8Z1e0aTvVSZvmFvS4/hEKwXilgCQ7hX2DgtFbb1w07vcdxAU3W+14+I5B49aO2ENRMh1byiCv0R3l61oJPt0mcZoBMsIVphFieNXgcCBSfgQ=",
              "publicKeyVersion" : "1747000000123"
            },
            {
              "userId" : "1188776655443322110",
              "encryptedConversationKey" : "anbTRDYhUqw7XT6rXNUl8lbdX22yji5osKXhA3EIEYeo0pKbsgoCggM2l5xG1umtqHM4VgV0Ntm+uTEycXgWgEZjVoMRvdeEk3NsfZK9+deA+VDPCKkPnymMR3940z2aDWml/WcInC2rcj5NqUlFkYs=",
              "publicKeyVersion" : "1746000000456"
            }
          ]
        }
      },
      "sequenceId" : "1926578990087015798"
    }
  },
  {
    "messageEvent" : {
      "messageEventSignature" : {
        "signature" : "fpMMD154shNjFZuuJL789Xwh6O1pBxdRFJ2sqg4vImzzBwnT9Ka9IonfIN6FG5cjkUbStCQmCsrk3S0NmNCDeg",
        "publicKeyVersion" : "1746000000456",
        "messageSigningKeyInfoList" : [
          {
            "memberId" : "1188776655443322110",
            "publicKeyVersion" : "1746000000456",
            "signingPublicKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEFlMwVPiW1x0WLfvvlVrXaSW+gjjPItCD3FPC1gvYMsybvPh9N88XGJhr3yN2+78FV6CpW176J8KYqoIHpgLKYA=="
          }
        ],
        "signatureVersion" : "4",
        "signingPublicKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEFlMwVPiW1x0WLfvvlVrXaSW+gjjPItCD3FPC1gvYMsybvPh9N88XGJhr3yN2+78FV6CpW176J8KYqoIHpgLKYA=="
      },
      "createdAtMsec" : "1748167205000",
      "conversationToken" : "eyJhbGciOiJIUzI1NiJ9.eyJyZXF1ZXN0aW5nVXNlciI6ICIxMDI5Mzg0NzU2MTAyOTM4NDc1IiwgInJlY2lwaWVudCI6ICIxMTg4Nzc2NjU1NDQzMzIyMTEwIiwgInZhbGlkU2luY2VNU2VjIjogIjE3NDU4ODQ4MDAwMDAifQ.IM6K7aoQLaZjWKxBazvW5X0ZZDR4QjsdICMWBgPvz7E",
      "senderId" : "1188776655443322110",
      "conversationId" : "1029384756102938475:1188776655443322110",
      "messageId" : "39baf694-0803-4e9b-93e5-e1f4b4b1b5fe",
      "detail" : {
        "messageCreateEvent" : {
          "priority" : {
            "value" : "1",
            "name" : "A",
            "originalName" : "A",
            "annotations" : { }
          },
          "contents" : "TNhHA/Ov/71I/ZcvV7TSBDXxgFTMduALovytsOCRkZd96cUUMQOyjbP3LEaygqiCPwh2e5Aa6l3Y6yYEJ3Jvf/sJ4I3kArMI1zyqnvT1USM=",
          "shouldNotify" : true,
          "conversationKeyVersion" : "1748167199880",
          "isPendingPublicKey" : false
        }
      },
      "sequenceId" : "1926579011059142996"
    }
  },
  {
    "messageEvent" : {
      "messageEventSignature" : {
        "signature" : "7Bf2c5Fg1W+YutB+soaVv6svm2GORDBXFb3IUprxxF109mbIgfCsPY1VsQiBIkVe7q6eVvZ0P9yJwfWq1a0jrg",
        "publicKeyVersion" : "1747000000123",
        "messageSigningKeyInfoList" : [
          {
            "memberId" : "1029384756102938475",
            "publicKeyVersion" : "1747000000123",
            "signingPublicKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEA3Jh64acypA08LqbIkLu8BsD2TnxX8pz8uxlXL2c2xd+ax0LxcuRX9OYboQnujQTpKAHo38eWsBKYW9ARaD9zg=="
          }
        ],
        "signatureVersion" : "4",
        "signingPublicKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEA3Jh64acypA08LqbIkLu8BsD2TnxX8pz8uxlXL2c2xd+ax0LxcuRX9OYboQnujQTpKAHo38eWsBKYW9ARaD9zg=="
      },
      "createdAtMsec" : "1748167260000",
      "conversationToken" : "eyJhbGciOiJIUzI1NiJ9.eyJyZXF1ZXN0aW5nVXNlciI6ICIxMDI5Mzg0NzU2MTAyOTM4NDc1IiwgInJlY2lwaWVudCI6ICIxMTg4Nzc2NjU1NDQzMzIyMTEwIiwgInZhbGlkU2luY2VNU2VjIjogIjE3NDU4ODQ4MDAwMDAifQ.IM6K7aoQLaZjWKxBazvW5X0ZZDR4QjsdICMWBgPvz7E",
      "senderId" : "1029384756102938475",
      "conversationId" : "1029384756102938475:1188776655443322110",
      "messageId" : "9952ada2-c9eb-4c5d-a888-2c4b9f08e1d9",
      "detail" : {
        "messageCreateEvent" : {
          "priority" : {
            "value" : "1",
            "name" : "A",
            "originalName" : "A",
            "annotations" : { }
          },
          "contents" : "XF1CK35pfCrEWX5jK7MeI85CWcEgS5Gr9q8exOHiytTzPPWWNlePDMB76mjX1aa3u7GONDyuc/5aM5ZJgEQ/QOtYAKzuTUmlP/1psi04DOTfAWtMRyhocByky7WuYmpLO2yrwSHDcrw82CQXGuaORD3axcnugXDQ",
          "shouldNotify" : true,
          "conversationKeyVersion" : "1748167199880",
          "isPendingPublicKey" : false
        }
      },
      "sequenceId" : "1926579241747156173"
    }
  },
  {
    "messageEvent" : {
      "messageEventSignature" : {
        "signature" : "Vm1hsDmnBFyRRSdZkjXxUMVNRg9e6fbT12KJNKrnU8yuuLamrBuOrF+e83OxyuKHocY1ulp1DkPmkAacMxRnkQ",
        "publicKeyVersion" : "1747000000123",
        "messageSigningKeyInfoList" : [
          {
            "memberId" : "1029384756102938475",
            "publicKeyVersion" : "1747000000123",
            "signingPublicKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEA3Jh64acypA08LqbIkLu8BsD2TnxX8pz8uxlXL2c2xd+ax0LxcuRX9OYboQnujQTpKAHo38eWsBKYW9ARaD9zg=="
          }
        ],
        "signatureVersion" : "4",
        "signingPublicKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEA3Jh64acypA08LqbIkLu8BsD2TnxX8pz8uxlXL2c2xd+ax0LxcuRX9OYboQnujQTpKAHo38eWsBKYW9ARaD9zg=="
      },
      "createdAtMsec" : "1748167320000",
      "conversationToken" : "eyJhbGciOiJIUzI1NiJ9.eyJyZXF1ZXN0aW5nVXNlciI6ICIxMDI5Mzg0NzU2MTAyOTM4NDc1IiwgInJlY2lwaWVudCI6ICIxMTg4Nzc2NjU1NDQzMzIyMTEwIiwgInZhbGlkU2luY2VNU2VjIjogIjE3NDU4ODQ4MDAwMDAifQ.IM6K7aoQLaZjWKxBazvW5X0ZZDR4QjsdICMWBgPvz7E",
      "senderId" : "1029384756102938475",
      "conversationId" : "1029384756102938475:1188776655443322110",
      "messageId" : "3678c0e2-3d2f-4c15-a297-1a9077083389",
      "detail" : {
        "markConversationReadEvent" : {
          "seenUntilSequenceId" : "1926579241747156173",
          "seenAtMillis" : "1748167319910"
        }
      },
      "sequenceId" : "1926579493404616307"
    }
  }
]