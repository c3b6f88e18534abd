import torch
from torch import nn

torch.manual_seed(0)

model = nn.Linear(3, 1)
x, y = torch.randn(8, 3), torch.randn(8, 1)

per_sample = nn.MSELoss(reduction="none")(model(x), y)
loss = per_sample.mean()  # (1)!
print("loss shape:", tuple(loss.shape))
loss.backward()
print("model.weight.grad:", model.weight.grad)
