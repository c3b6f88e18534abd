import torch

torch.manual_seed(0)

model = torch.nn.Linear(3, 1)
x = torch.randn(2, 3)


def describe(label, out):
    grad_fn = type(out.grad_fn).__name__ if out.grad_fn is not None else None
    print(f"{label:<24} requires_grad={out.requires_grad!s:<5} grad_fn={grad_fn!s:<15} "
          f"is_inference={torch.is_inference(out)}")


describe("normal forward:", model(x))
with torch.no_grad():  # (1)!
    out_no_grad = model(x)
describe("torch.no_grad():", out_no_grad)
with torch.inference_mode():  # (2)!
    out_inference = model(x)
describe("torch.inference_mode():", out_inference)

(model.weight * out_no_grad).sum().backward()  # (3)!
print("no_grad output reused in autograd: fine")
try:
    (model.weight * out_inference).sum().backward()
except RuntimeError as e:
    print(f"inference output reused: {type(e).__name__}: {str(e).split('. ')[0]}.")
