import torch
from torch import nn

torch.manual_seed(0)

real = torch.randn(16, 2) + 3
z = torch.randn(16, 2)
ones, zeros = torch.ones(16, 1), torch.zeros(16, 1)
bce = nn.BCEWithLogitsLoss()

torch.manual_seed(1)
G = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 2))
D = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 1))
optimizer_G = torch.optim.Adam(G.parameters(), lr=2e-4, betas=(0.5, 0.999))
optimizer_D = torch.optim.Adam(D.parameters(), lr=1e-4, betas=(0.5, 0.999))

fake = G(z)
optimizer_D.zero_grad()
loss_D = bce(D(real), ones) + bce(D(fake), zeros)  # (1)!
loss_D.backward(inputs=list(D.parameters()))  # (2)!
print("D has grads:", all(p.grad is not None for p in D.parameters()))
print("G has grads:", any(p.grad is not None for p in G.parameters()))
optimizer_D.step()

optimizer_G.zero_grad()
loss_G = bce(D(fake), ones)
loss_G.backward()  # (3)!
optimizer_G.step()
print(f"loss_D {loss_D.item():.4f}, loss_G {loss_G.item():.4f}")
