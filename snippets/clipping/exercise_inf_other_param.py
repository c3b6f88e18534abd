import torch

torch.manual_seed(0)

first = torch.ones(2, requires_grad=True)
second = torch.ones(2, requires_grad=True)
inf = float("inf")
loss = (first * torch.tensor([0.5, -2.0])).sum() + (second * torch.tensor([1.0, inf])).sum()
loss.backward()
print("gradients:", first.grad.tolist(), second.grad.tolist())

torch.nn.utils.clip_grad_norm_([first, second], max_norm=1.0)
print("first.grad after clipping:", first.grad.tolist())
torch.optim.SGD([first, second], lr=0.1).step()
print("first after step():", first.tolist())
print("second after step():", second.tolist())
