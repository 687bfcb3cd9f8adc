# Art. 12 (confiscation and seizure): the bank-records power that art. 13 cooperation relies on.

art12-bank-secrecy = The authorities of { $requested } can order bank, financial or commercial records produced or seized for the request; bank secrecy is no ground to decline
