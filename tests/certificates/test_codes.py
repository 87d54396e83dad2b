"""Verification codes: 80 random bits, Crockford base32, a check symbol that catches typos."""

import re

import pytest

from certificates.codes import ALPHABET, CHECK_ALPHABET, CodeError, code_format, code_generate, code_parse

FORMAT = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}-[0-9A-HJKMNP-TV-Z*~$=U]$")


def test_generated_codes_are_grouped_for_reading_aloud():
    for _ in range(200):
        assert FORMAT.match(code_generate())


def test_codes_carry_80_random_bits():
    codes = {code_generate() for _ in range(2000)}
    assert len(codes) == 2000
    # Every symbol position takes many values: nothing is fixed or sequential.
    for position in range(16):
        symbols = {c.replace("-", "")[position] for c in codes}
        assert len(symbols) > 25
    assert code_format(2**80 - 1).startswith("ZZZZ-ZZZZ")


def test_input_is_normalised():
    code = code_generate()
    messy = " " + code.lower().replace("-", " ").replace("0", "o").replace("1", "l") + " "
    assert code_parse(messy) == code
    assert code_parse(code.replace("-", "")) == code
    assert code_parse(code.replace("1", "I")) == code


@pytest.mark.parametrize("seed", range(20))
def test_any_single_wrong_symbol_is_caught(seed):
    code = code_generate()
    body = code.replace("-", "")
    for position in range(16):
        for replacement in ALPHABET:
            if replacement == body[position]:
                continue
            typo = body[:position] + replacement + body[position + 1 :]
            with pytest.raises(CodeError):
                code_parse(typo)


def test_swapped_neighbours_are_caught():
    caught = 0
    for _ in range(200):
        body = code_generate().replace("-", "")
        for i in range(15):
            if body[i] == body[i + 1]:
                continue
            swapped = body[:i] + body[i + 1] + body[i] + body[i + 2 :]
            with pytest.raises(CodeError):
                code_parse(swapped)
            caught += 1
    assert caught > 1000


@pytest.mark.parametrize(
    "bad", ["", "ABCD", "ABCD-EFGH-JKMN-PQRS-TT-X", "ABCD-EFGH-JKMN-PQRU-0", "!!!!-EFGH-JKMN-PQRS-T"]
)
def test_malformed_input_is_refused_with_a_reason(bad):
    with pytest.raises(CodeError) as error:
        code_parse(bad)
    assert str(error.value)


def test_check_alphabet_is_crockfords():
    assert CHECK_ALPHABET == "0123456789ABCDEFGHJKMNPQRSTVWXYZ*~$=U"
