"""The demo curriculum, in the order the catalogue lists it (prerequisites come first)."""

from . import ka1, ka2, ka3, ka4, ka5, ka6, kc6, kd3

MODULES = [ka1.MODULE, ka2.MODULE, ka3.MODULE, ka4.MODULE, ka5.MODULE, ka6.MODULE, kd3.MODULE, kc6.MODULE]
