import torch
from torch import nn

torch.manual_seed(0)

backbone = nn.Linear(8, 4)
head = nn.Linear(4, 1)
x, y = torch.randn(16, 8), torch.randn(16, 1)

with torch.no_grad():  # (1)!
    features = backbone(x)
print(
    "features.is_inference():", features.is_inference(), "| requires_grad:", features.requires_grad
)
loss = nn.functional.mse_loss(head(features), y)
loss.backward()
print("head.weight.grad:", head.weight.grad)
