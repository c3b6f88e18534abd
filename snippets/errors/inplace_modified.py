import textwrap

import torch
from torch import nn

torch.manual_seed(0)

G = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 2))
D = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 1))
optimizer_G = torch.optim.Adam(G.parameters(), lr=2e-4, betas=(0.5, 0.999))
optimizer_D = torch.optim.Adam(D.parameters(), lr=1e-4, betas=(0.5, 0.999))
bce = nn.BCEWithLogitsLoss()
real, z = torch.randn(16, 2) + 3, torch.randn(16, 2)
ones, zeros = torch.ones(16, 1), torch.zeros(16, 1)

fake = G(z)
loss_D = bce(D(real), ones) + bce(D(fake.detach()), zeros)
loss_G = bce(D(fake), ones)  # (1)!

optimizer_D.zero_grad()
loss_D.backward()
optimizer_D.step()  # (2)!

optimizer_G.zero_grad()
try:
    loss_G.backward()  # (3)!
except RuntimeError as e:
    print(textwrap.fill(f"{type(e).__name__}: {e}", 79, break_long_words=False))
