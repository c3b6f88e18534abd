import torch
from torch import nn

torch.manual_seed(0)

model = nn.Linear(3, 1)
x, y = torch.randn(8, 3), torch.randn(8, 1)

loss = nn.MSELoss(reduction="none")(model(x), y)  # (1)!
print("loss shape:", tuple(loss.shape))
try:
    loss.backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
