# Art. 14 (disposal of confiscated proceeds of crime or property): disposal, return, sharing.

art14-disposal = { $requested } disposes of what it confiscates under its own law and procedures
art14-return-missing = Whether { $requesting } asks for the property to be returned (to compensate victims or to its legitimate owners) is not given
art14-return-not-asked = { $requesting } does not ask for the property to be returned: art. 14(2) is not engaged
art14-return-permitted = { $requesting } asks for the property's return and the law of { $requested } permits it (stated in the case): { $requested } gives priority consideration to returning it to { $requesting } for victims or legitimate owners
art14-return-not-permitted = The law of { $requested } does not permit the return (stated in the case)
art14-return-depends = { $requesting } asks for the property's return: { $requested } gives it priority consideration as far as its law permits
art14-sharing = The requested State may agree to contribute the value to the UN account of art. 30(2)(c) and to intergovernmental bodies, or to share it with other States
