import torch
from torch import nn

torch.manual_seed(0)

trunk = nn.Linear(4, 8)
head_a, head_b = nn.Linear(8, 1), nn.Linear(8, 1)
x, y_a, y_b = torch.randn(16, 4), torch.randn(16, 1), torch.randn(16, 1)


def losses():
    features = trunk(x).relu()
    loss_a = nn.functional.mse_loss(head_a(features), y_a)
    loss_b = nn.functional.mse_loss(head_b(features), y_b)
    return loss_a, loss_b


loss_a, loss_b = losses()
(loss_a + loss_b).backward()  # (1)!
summed = trunk.weight.grad.clone()
print("(loss_a + loss_b).backward(): trunk.weight.grad norm", round(summed.norm().item(), 4))

trunk.zero_grad()
loss_a, loss_b = losses()
loss_a.backward(retain_graph=True)  # (2)!
loss_b.backward()
print("retain_graph=True, then loss_b: same gradient:", torch.allclose(trunk.weight.grad, summed))
