import torch
from torch import nn

torch.manual_seed(0)

trunk = nn.Linear(3, 4)
head_a, head_b = nn.Linear(4, 1), nn.Linear(4, 1)
model = nn.ModuleList([trunk, head_a, head_b])
x = torch.randn(8, 3)
passes = []


def two_losses():
    features = trunk(x)  # (1)!
    features.register_hook(lambda grad: passes.append(grad))  # (2)!
    return head_a(features).pow(2).mean(), head_b(features).abs().mean()


loss_a, loss_b = two_losses()
loss_a.backward()
try:
    loss_b.backward()  # (3)!
except RuntimeError as e:
    print(f"second backward(): {type(e).__name__}:")
    for sentence in str(e).split(". "):
        print("   ", sentence.rstrip(".") + ".")

model.zero_grad()
passes.clear()
loss_a, loss_b = two_losses()
loss_a.backward(retain_graph=True)  # (4)!
loss_b.backward()
separate = [p.grad.clone() for p in trunk.parameters()]
print("retain_graph=True, two backward calls:", len(passes), "passes through the trunk")

model.zero_grad()
passes.clear()
loss_a, loss_b = two_losses()
(loss_a + loss_b).backward()  # (5)!
summed = [p.grad.clone() for p in trunk.parameters()]
print("one backward call on loss_a + loss_b: ", len(passes), "pass through the trunk")
print(
    "same trunk gradients (to rounding):",
    all(torch.allclose(a, b) for a, b in zip(separate, summed, strict=True)),
)
