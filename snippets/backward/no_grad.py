import torch

torch.manual_seed(0)

model = torch.nn.Linear(3, 1)
head = torch.nn.Linear(1, 1)
x = torch.randn(2, 3)


def describe(label, out):
    grad_fn = type(out.grad_fn).__name__ if out.grad_fn is not None else None
    print(
        f"{label:<24} requires_grad={out.requires_grad!s:<5} grad_fn={grad_fn!s:<15} "
        f"is_inference={torch.is_inference(out)}"
    )


def try_backward(label, compute):
    model.zero_grad()
    stage = "the operation"
    try:
        out = compute()  # (1)!
        stage = "backward()"
        out.sum().backward()
        print(f"{label:<33} works, bias.grad = {model.bias.grad}")
    except RuntimeError as e:
        print(f"{label:<33} {stage} raised {type(e).__name__}: {str(e).split('. ')[0]}.")


describe("normal forward:", model(x))
with torch.no_grad():  # (2)!
    out_no_grad = model(x)
describe("torch.no_grad():", out_no_grad)
with torch.inference_mode():  # (3)!
    out_inference = model(x)
describe("torch.inference_mode():", out_inference)

try_backward("no_grad output * bias:", lambda: out_no_grad * model.bias)  # (4)!
try_backward("inference output + bias:", lambda: out_inference + model.bias)  # (5)!
try_backward("inference output * bias:", lambda: out_inference * model.bias)  # (6)!
try_backward("head(inference output):", lambda: head(out_inference))
try_backward(
    "inference output.clone() * bias:",
    lambda: out_inference.clone() * model.bias,  # (7)!
)
