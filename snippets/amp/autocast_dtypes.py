import torch
from torch import nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
x, y = torch.randn(8, 3), torch.randn(8, 1)


def forward():
    with torch.autocast("cpu", dtype=torch.float16):  # (1)!
        hidden = model[0](x)
        activation = model[1](hidden)
        output = model[2](activation)
        loss = nn.functional.mse_loss(output, y)
        relu_of_input = torch.relu(x)
        assert torch.is_autocast_enabled("cpu")
    assert not torch.is_autocast_enabled("cpu")
    return hidden, activation, relu_of_input, loss


def path_to(node, leaf):
    if getattr(node, "variable", None) is leaf:
        return [type(node).__name__]
    for child, _ in node.next_functions if node else ():
        found = path_to(child, leaf)
        if found:
            return [type(node).__name__, *found]
    return []


hidden, activation, relu_of_input, loss = forward()
print("Linear output:   ", hidden.dtype)  # (2)!
print("ReLU output:     ", activation.dtype)  # (3)!
print("ReLU of x:       ", relu_of_input.dtype)
print("mse_loss output: ", loss.dtype)  # (4)!
print("Linear weight:   ", model[0].weight.dtype)
print(
    "from the Linear output back to its weight:",
    " -> ".join(path_to(hidden.grad_fn, model[0].weight)),  # (5)!
)

activation.register_hook(lambda g: print("gradient arriving at the activation:", g.dtype))  # (6)!
loss.backward()  # (7)!
print("weight .grad:", model[0].weight.grad.dtype)
outside = [p.grad.clone() for p in model.parameters()]

model.zero_grad()
loss = forward()[-1]
with torch.autocast("cpu", dtype=torch.float16):
    loss.backward()  # (8)!
inside = [p.grad.clone() for p in model.parameters()]
print(
    "same gradients with backward inside autocast:",
    all(torch.equal(a, b) for a, b in zip(outside, inside, strict=True)),
)
