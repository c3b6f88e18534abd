import torch

torch.manual_seed(0)

w = torch.zeros(3, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)
scheduler = torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, patience=1)

optimizer.zero_grad()
(w - 1).pow(2).sum().backward()
optimizer.step()
try:
    scheduler.step()  # (1)!
except TypeError as e:
    print(f"{type(e).__name__}: {e}")
