import torch

torch.manual_seed(0)

w = torch.tensor([1.0, 2.0], requires_grad=True)
x = torch.tensor([3.0, 4.0])

for call in range(1, 4):
    loss = (w * x).sum()  # (1)!
    loss.backward()  # (2)!
    print(f"after backward #{call}: w.grad = {w.grad}")
