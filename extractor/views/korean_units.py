"""Write a normalised amount back the way a Korean article would: 7조원, 3억 5,000만원.

The views show this beside the plain number so a reviewer can compare it with
the wording in the article at a glance.
"""

from __future__ import annotations

# Korean counts in groups of four digits; each group has its own unit word.
_GROUP_UNITS: tuple[tuple[int, str], ...] = (
    (10**16, "경"),
    (10**12, "조"),
    (10**8, "억"),
    (10**4, "만"),
)

# How an article writes the currency after the number; codes not listed are shown as the code.
_CURRENCY_WORDS: dict[str, str] = {
    "KRW": "원",
    "USD": "달러",
    "EUR": "유로",
    "JPY": "엔",
    "CNY": "위안",
    "GBP": "파운드",
}


def korean_number(value: int) -> str:
    """A non-negative whole number in 만/억/조/경 groups, each group with thousands commas.

    >>> korean_number(7_000_000_000_000)
    '7조'
    >>> korean_number(350_000_000)
    '3억 5,000만'
    >>> korean_number(1_234_567_890_123)
    '1조 2,345억 6,789만 123'
    >>> korean_number(0)
    '0'
    """
    parts: list[str] = []
    rest = value
    for size, unit in _GROUP_UNITS:
        group, rest = divmod(rest, size)
        if group:
            parts.append(f"{group:,}{unit}")
    if rest or not parts:
        parts.append(f"{rest:,}")
    return " ".join(parts)


def format_korean_amount(amount: float | int, currency: str = "KRW") -> str:
    """The amount in Korean units followed by the currency as an article writes it.

    >>> format_korean_amount(7_000_000_000_000)
    '7조원'
    >>> format_korean_amount(350_000_000, "KRW")
    '3억 5,000만원'
    >>> format_korean_amount(5_000_000, "USD")
    '500만 달러'
    >>> format_korean_amount(-20_000)
    '-2만원'
    >>> format_korean_amount(2.5, "USD")
    '2.5 달러'
    >>> format_korean_amount(1_000, "XYZ")
    '1,000 XYZ'
    """
    word = _CURRENCY_WORDS.get(currency.upper(), currency)
    # 원 sticks to the number (3억원); foreign currency words and codes stand apart (500만 달러).
    separator = "" if word == "원" else " "
    if isinstance(amount, float) and not amount.is_integer():
        # Fractions (2.5 달러) are not grouped: 만/억 units with decimals would misread.
        return f"{amount:,}{separator}{word}"
    whole = int(amount)
    sign = "-" if whole < 0 else ""
    return f"{sign}{korean_number(abs(whole))}{separator}{word}"
