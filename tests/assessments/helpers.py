from .conftest import correct_response


def form_data(question: dict, *, right: bool = True) -> dict:
    """The plain-form fields (no JavaScript) that answer a frozen question, rightly or wrongly."""
    t = question["type"]
    response = correct_response(question)
    if not right:
        if t in ("single", "multiple"):
            wrong = [
                o["token"]
                for o in question["options"]
                if o["token"] not in (response if isinstance(response, list) else [response])
            ]
            response = wrong[:1] if t == "multiple" else wrong[0]
        elif t == "true_false":
            response = "false" if response == "true" else "true"
        elif t in ("numeric", "short_text"):
            response = "999999"
        elif t == "ordering":
            response = list(reversed(response))
        elif t == "matching":
            response = {}
    if t == "ordering":
        return {f"rank-{token}": str(i + 1) for i, token in enumerate(response)}
    if t == "matching":
        return {f"match-{left}": right_ for left, right_ in response.items()}
    if t == "extended":
        return {"text": response["text"]}
    return {"response": response}
