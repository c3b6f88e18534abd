import torch
from torch import nn
from torch.nn.functional import mse_loss

torch.manual_seed(0)

model = nn.Linear(3, 1)
x, y = torch.randn(4, 3), torch.randn(4, 1)
loss = mse_loss(model(x), y)

names = {model.weight: "model.weight", model.bias: "model.bias"}
print("model.weight.grad_fn:", model.weight.grad_fn)  # (1)!
print("model.weight.is_leaf:", model.weight.is_leaf)
print("loss.grad_fn:        ", type(loss.grad_fn).__name__)  # (2)!


def walk(node, depth):  # (3)!
    held = f" -> {names[node.variable]}" if hasattr(node, "variable") else ""
    print("  " * depth + type(node).__name__ + held)
    for child, _ in node.next_functions:
        if child is not None:
            walk(child, depth + 1)


walk(loss.grad_fn, 0)

loss_again = mse_loss(model(x), y)
print("a second forward pass records a new graph:", loss_again.grad_fn is not loss.grad_fn)
print("model.weight.grad_fn after it:            ", model.weight.grad_fn)
