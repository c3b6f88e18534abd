import torch
from torch import nn

torch.manual_seed(2)

model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu")
batches = [(torch.randn(8, 3), torch.randn(8, 1)) for _ in range(2)]

optimizer.zero_grad()
try:
    for x, y in batches:  # (1)!
        with torch.autocast("cpu", dtype=torch.float16):
            loss = nn.functional.mse_loss(model(x), y) / len(batches)
        scaler.scale(loss).backward()
        scaler.unscale_(optimizer)  # (2)!
        torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
