# Smuggling of Migrants Protocol (SOM), arts. 3, 5 and 6: illegal entry, the benefit, the migrants' position and the offence.

## SOM art. 3(a): illegal entry.
som-entry-yes = It procured a person's illegal entry into a State of which the person is neither a national nor a permanent resident
som-entry-no = It procured no illegal entry of a non-national
som-entry-missing = Whether it procured a non-national's illegal entry is not given

## SOM art. 3(a): a financial or other material benefit.
som-benefit-yes = To obtain a financial or other material benefit
som-benefit-humanitarian = Help given for humanitarian reasons: without the aim of a material benefit, the conduct is outside the smuggling offence
som-benefit-family = Help given to family members: without the aim of a material benefit, the conduct is outside the smuggling offence
som-benefit-none = No financial or other material benefit was sought
som-benefit-missing = Whether a financial or other material benefit was sought is not given

## SOM art. 5: the migrants.
som-migrants-not-liable = The smuggled migrants are not criminally liable under the Protocol for having been its object

## SOM art. 6(1)(a): the offence.
som-offence-yes = Smuggling of migrants: procuring illegal entry for a material benefit, intentionally (SOM arts. 3(a), 6(1)(a))
som-offence-no = Not smuggling of migrants under the Protocol
som-offence-undetermined = Whether the conduct is smuggling of migrants is not settled: an element is not given
